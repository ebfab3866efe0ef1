import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import { subnetCidrs } from './subnets.js';

export interface NetworkArgs {
  cidrBlock: string;
  /** At least two availability zones; one public subnet each. */
  zones: pulumi.Input<string[]>;
  zoneCount: number;
}

/** VPC with one public subnet per availability zone and an internet gateway route. */
export class Network extends pulumi.ComponentResource {
  readonly vpc: aws.ec2.Vpc;
  readonly subnets: aws.ec2.Subnet[];

  constructor(name: string, args: NetworkArgs, opts: pulumi.ComponentResourceOptions) {
    super('infra-action:api:Network', name, {}, opts);
    const child = { parent: this };
    this.vpc = new aws.ec2.Vpc(
      `${name}-vpc`,
      { cidrBlock: args.cidrBlock, enableDnsHostnames: true, enableDnsSupport: true, tags: { Name: name } },
      child,
    );
    const igw = new aws.ec2.InternetGateway(`${name}-igw`, { vpcId: this.vpc.id }, child);
    const routes = new aws.ec2.RouteTable(
      `${name}-public`,
      { vpcId: this.vpc.id, routes: [{ cidrBlock: '0.0.0.0/0', gatewayId: igw.id }] },
      child,
    );
    const cidrs = subnetCidrs(args.cidrBlock, args.zoneCount);
    this.subnets = cidrs.map((cidr, i) => {
      const subnet = new aws.ec2.Subnet(
        `${name}-public-${i}`,
        {
          vpcId: this.vpc.id,
          cidrBlock: cidr,
          availabilityZone: pulumi.output(args.zones).apply((z) => z[i]),
          mapPublicIpOnLaunch: false,
          tags: { Name: `${name}-public-${i}` },
        },
        child,
      );
      new aws.ec2.RouteTableAssociation(`${name}-public-${i}`, { subnetId: subnet.id, routeTableId: routes.id }, child);
      return subnet;
    });
    this.registerOutputs({ vpcId: this.vpc.id });
  }
}
