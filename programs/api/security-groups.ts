import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

export const VALKEY_PORT = 6379;

export interface SecurityGroupsArgs {
  vpcId: pulumi.Input<string>;
  containerPort: number;
}

/**
 * Least privilege, as a chain: internet → ALB on 80/443 → tasks on the container port → Valkey on
 * 6379. Rules are separate resources (no inline rules), so nothing else can be left open; Valkey
 * has no egress at all.
 */
export class SecurityGroups extends pulumi.ComponentResource {
  readonly alb: aws.ec2.SecurityGroup;
  readonly tasks: aws.ec2.SecurityGroup;
  readonly valkey: aws.ec2.SecurityGroup;

  constructor(name: string, args: SecurityGroupsArgs, opts: pulumi.ComponentResourceOptions) {
    super('infra-action:api:SecurityGroups', name, {}, opts);
    const child = { parent: this };
    const vpcId = args.vpcId;
    this.alb = new aws.ec2.SecurityGroup(`${name}-alb`, { vpcId, description: 'ALB: HTTP/HTTPS from the internet' }, child);
    this.tasks = new aws.ec2.SecurityGroup(`${name}-tasks`, { vpcId, description: 'API tasks: container port from the ALB only' }, child);
    this.valkey = new aws.ec2.SecurityGroup(`${name}-valkey`, { vpcId, description: 'Valkey: 6379 from the API tasks only' }, child);

    for (const port of [80, 443]) {
      new aws.vpc.SecurityGroupIngressRule(
        `${name}-alb-in-${port}-v4`,
        { securityGroupId: this.alb.id, ipProtocol: 'tcp', fromPort: port, toPort: port, cidrIpv4: '0.0.0.0/0' },
        child,
      );
      new aws.vpc.SecurityGroupIngressRule(
        `${name}-alb-in-${port}-v6`,
        { securityGroupId: this.alb.id, ipProtocol: 'tcp', fromPort: port, toPort: port, cidrIpv6: '::/0' },
        child,
      );
    }
    const p = args.containerPort;
    new aws.vpc.SecurityGroupEgressRule(
      `${name}-alb-out-tasks`,
      { securityGroupId: this.alb.id, ipProtocol: 'tcp', fromPort: p, toPort: p, referencedSecurityGroupId: this.tasks.id },
      child,
    );
    new aws.vpc.SecurityGroupIngressRule(
      `${name}-tasks-in-alb`,
      { securityGroupId: this.tasks.id, ipProtocol: 'tcp', fromPort: p, toPort: p, referencedSecurityGroupId: this.alb.id },
      child,
    );
    // Tasks reach ClickHouse, PlanetScale, the OTEL collector and the image registry over HTTPS/MySQL on the internet.
    new aws.vpc.SecurityGroupEgressRule(
      `${name}-tasks-out-https`,
      { securityGroupId: this.tasks.id, ipProtocol: 'tcp', fromPort: 443, toPort: 443, cidrIpv4: '0.0.0.0/0' },
      child,
    );
    new aws.vpc.SecurityGroupEgressRule(
      `${name}-tasks-out-mysql`,
      { securityGroupId: this.tasks.id, ipProtocol: 'tcp', fromPort: 3306, toPort: 3306, cidrIpv4: '0.0.0.0/0' },
      child,
    );
    new aws.vpc.SecurityGroupEgressRule(
      `${name}-tasks-out-valkey`,
      {
        securityGroupId: this.tasks.id,
        ipProtocol: 'tcp',
        fromPort: VALKEY_PORT,
        toPort: VALKEY_PORT,
        referencedSecurityGroupId: this.valkey.id,
      },
      child,
    );
    new aws.vpc.SecurityGroupIngressRule(
      `${name}-valkey-in-tasks`,
      {
        securityGroupId: this.valkey.id,
        ipProtocol: 'tcp',
        fromPort: VALKEY_PORT,
        toPort: VALKEY_PORT,
        referencedSecurityGroupId: this.tasks.id,
      },
      child,
    );
    this.registerOutputs({});
  }
}
