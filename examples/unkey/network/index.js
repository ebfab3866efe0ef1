"use strict";
// A deliberately small repo program: it exports the account's network CIDR so dependents can read it.
const pulumi = require("@pulumi/pulumi");
const config = new pulumi.Config();
exports.cidrBlock = config.require("cidrBlock");
