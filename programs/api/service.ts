import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

/** One value handed to the container through Secrets Manager. */
export interface SecretEnv {
  /** Environment variable name inside the container. */
  name: string;
  value: pulumi.Output<string>;
}

export interface ServiceArgs {
  region: string;
  image: string;
  containerPort: number;
  /** Plain, non-secret environment. */
  environment: Record<string, pulumi.Input<string>>;
  secrets: SecretEnv[];
  subnetIds: pulumi.Input<string>[];
  securityGroupId: pulumi.Input<string>;
  targetGroupArn: pulumi.Input<string>;
  desiredCount: number;
  logRetentionDays: number;
  /** Protect stateful children (secrets, log group). */
  protect: boolean;
  /** The service starts only after the HTTPS listener exists. */
  dependsOn: pulumi.Resource[];
}

/**
 * ECS Fargate service: secrets live in Secrets Manager and reach the container as `secrets`
 * (never plain `environment`); the execution role may read exactly those secrets and write its log
 * group; a failing deployment rolls back on its own.
 */
export class ApiService extends pulumi.ComponentResource {
  readonly cluster: aws.ecs.Cluster;
  readonly service: aws.ecs.Service;
  readonly secretArns: pulumi.Output<string>[];

  constructor(name: string, args: ServiceArgs, opts: pulumi.ComponentResourceOptions) {
    super('infra-action:api:Service', name, {}, opts);
    const child = { parent: this };
    const stateful = { parent: this, protect: args.protect };

    const secrets = args.secrets.map((s) => {
      const secret = new aws.secretsmanager.Secret(
        `${name}-${s.name.toLowerCase().replace(/_/g, '-')}`,
        { description: `${s.name} for ${name}`, recoveryWindowInDays: args.protect ? 30 : 7 },
        stateful,
      );
      new aws.secretsmanager.SecretVersion(
        `${name}-${s.name.toLowerCase().replace(/_/g, '-')}`,
        { secretId: secret.id, secretString: pulumi.secret(s.value) },
        child,
      );
      return { name: s.name, arn: secret.arn };
    });
    this.secretArns = secrets.map((s) => s.arn);

    const logGroup = new aws.cloudwatch.LogGroup(`${name}-logs`, { retentionInDays: args.logRetentionDays }, stateful);

    const assume = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' }],
    });
    const executionRole = new aws.iam.Role(
      `${name}-execution`,
      { assumeRolePolicy: assume, description: 'ECS agent: read this service’s secrets, write its logs' },
      child,
    );
    new aws.iam.RolePolicy(
      `${name}-execution`,
      {
        role: executionRole.name,
        policy: pulumi.jsonStringify({
          Version: '2012-10-17',
          Statement: [
            { Sid: 'ReadOwnSecrets', Effect: 'Allow', Action: ['secretsmanager:GetSecretValue'], Resource: this.secretArns },
            {
              Sid: 'WriteOwnLogs',
              Effect: 'Allow',
              Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
              Resource: pulumi.interpolate`${logGroup.arn}:*`,
            },
          ],
        }),
      },
      child,
    );
    const taskRole = new aws.iam.Role(
      `${name}-task`,
      { assumeRolePolicy: assume, description: 'API container: no AWS permissions' },
      child,
    );

    this.cluster = new aws.ecs.Cluster(`${name}-cluster`, { settings: [{ name: 'containerInsights', value: 'enabled' }] }, child);

    const containerDefinitions = pulumi.jsonStringify([
      {
        name: 'api',
        image: args.image,
        essential: true,
        portMappings: [{ containerPort: args.containerPort, protocol: 'tcp' }],
        environment: Object.entries(args.environment).map(([n, value]) => ({ name: n, value })),
        secrets: secrets.map((s) => ({ name: s.name, valueFrom: s.arn })),
        logConfiguration: {
          logDriver: 'awslogs',
          options: { 'awslogs-group': logGroup.name, 'awslogs-region': args.region, 'awslogs-stream-prefix': 'api' },
        },
        readonlyRootFilesystem: true,
      },
    ]);
    const taskDefinition = new aws.ecs.TaskDefinition(
      `${name}-task`,
      {
        family: name,
        requiresCompatibilities: ['FARGATE'],
        networkMode: 'awsvpc',
        cpu: '512',
        memory: '1024',
        executionRoleArn: executionRole.arn,
        taskRoleArn: taskRole.arn,
        runtimePlatform: { operatingSystemFamily: 'LINUX', cpuArchitecture: 'X86_64' },
        containerDefinitions,
      },
      child,
    );
    this.service = new aws.ecs.Service(
      `${name}-service`,
      {
        cluster: this.cluster.arn,
        launchType: 'FARGATE',
        taskDefinition: taskDefinition.arn,
        desiredCount: args.desiredCount,
        // Public subnets without a NAT: tasks need a public address to reach the registry and ClickHouse.
        networkConfiguration: { subnets: args.subnetIds, securityGroups: [args.securityGroupId], assignPublicIp: true },
        loadBalancers: [{ targetGroupArn: args.targetGroupArn, containerName: 'api', containerPort: args.containerPort }],
        deploymentCircuitBreaker: { enable: true, rollback: true },
        deploymentMinimumHealthyPercent: 100,
        deploymentMaximumPercent: 200,
        healthCheckGracePeriodSeconds: 30,
        propagateTags: 'SERVICE',
      },
      { parent: this, dependsOn: args.dependsOn },
    );
    this.registerOutputs({ serviceName: this.service.name });
  }
}
