import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

/** TLS 1.3 with TLS 1.2 fallback, forward secrecy only: AWS's recommended modern ALB policy. */
export const TLS_POLICY = 'ELBSecurityPolicy-TLS13-1-2-2021-06';

export interface EdgeArgs {
  vpcId: pulumi.Input<string>;
  subnetIds: pulumi.Input<string>[];
  securityGroupId: pulumi.Input<string>;
  certificateDomain: string;
  hostedZoneId: string;
  containerPort: number;
  deletionProtection: boolean;
}

/**
 * The ALB with its DNS-validated certificate: HTTP only redirects, HTTPS serves on a modern TLS
 * policy once the certificate's validation has completed, and an alias record in the hosted zone
 * points `certificateDomain` at the ALB (so the stack's `url` resolves).
 */
export class Edge extends pulumi.ComponentResource {
  readonly loadBalancer: aws.lb.LoadBalancer;
  readonly targetGroup: aws.lb.TargetGroup;
  readonly httpsListener: aws.lb.Listener;
  readonly certificate: aws.acm.Certificate;
  readonly alias: aws.route53.Record;

  constructor(name: string, args: EdgeArgs, opts: pulumi.ComponentResourceOptions) {
    super('infra-action:api:Edge', name, {}, opts);
    const child = { parent: this };
    this.certificate = new aws.acm.Certificate(`${name}-cert`, { domainName: args.certificateDomain, validationMethod: 'DNS' }, child);
    const option = this.certificate.domainValidationOptions.apply((o) => o[0]);
    const record = new aws.route53.Record(
      `${name}-cert-validation`,
      {
        zoneId: args.hostedZoneId,
        name: option.resourceRecordName,
        type: option.resourceRecordType,
        records: [option.resourceRecordValue],
        ttl: 60,
        allowOverwrite: true,
      },
      child,
    );
    const validation = new aws.acm.CertificateValidation(
      `${name}-cert-validation`,
      { certificateArn: this.certificate.arn, validationRecordFqdns: [record.fqdn] },
      child,
    );

    this.loadBalancer = new aws.lb.LoadBalancer(
      `${name}-alb`,
      {
        loadBalancerType: 'application',
        internal: false,
        securityGroups: [args.securityGroupId],
        subnets: args.subnetIds,
        dropInvalidHeaderFields: true,
        enableDeletionProtection: args.deletionProtection,
      },
      child,
    );
    this.targetGroup = new aws.lb.TargetGroup(
      `${name}-tg`,
      {
        vpcId: args.vpcId,
        port: args.containerPort,
        protocol: 'HTTP',
        targetType: 'ip',
        deregistrationDelay: 30,
        healthCheck: { enabled: true, path: '/v1/liveness', matcher: '200', interval: 15, healthyThreshold: 2, unhealthyThreshold: 3 },
      },
      child,
    );
    new aws.lb.Listener(
      `${name}-http`,
      {
        loadBalancerArn: this.loadBalancer.arn,
        port: 80,
        protocol: 'HTTP',
        defaultActions: [{ type: 'redirect', redirect: { protocol: 'HTTPS', port: '443', statusCode: 'HTTP_301' } }],
      },
      child,
    );
    this.httpsListener = new aws.lb.Listener(
      `${name}-https`,
      {
        loadBalancerArn: this.loadBalancer.arn,
        port: 443,
        protocol: 'HTTPS',
        sslPolicy: TLS_POLICY,
        // The validation's ARN, not the certificate's: the listener waits until the certificate is issued.
        certificateArn: validation.certificateArn,
        defaultActions: [{ type: 'forward', targetGroupArn: this.targetGroup.arn }],
      },
      child,
    );
    // An alias, not a CNAME: it works at a zone apex, costs no extra lookup and follows the ALB's addresses.
    this.alias = new aws.route53.Record(
      `${name}-alias`,
      {
        zoneId: args.hostedZoneId,
        name: args.certificateDomain,
        type: 'A',
        aliases: [{ name: this.loadBalancer.dnsName, zoneId: this.loadBalancer.zoneId, evaluateTargetHealth: true }],
      },
      child,
    );
    this.registerOutputs({ dnsName: this.loadBalancer.dnsName, url: pulumi.interpolate`https://${this.alias.name}` });
  }
}
