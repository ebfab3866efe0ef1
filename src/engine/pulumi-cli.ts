import { homedir } from 'node:os';
import { join } from 'node:path';
import type { PulumiCommand } from '@pulumi/pulumi/automation/index.js';
import { installVersion, satisfies } from './versions.js';

type Automation = typeof import('@pulumi/pulumi/automation/index.js');

/**
 * The one Pulumi CLI every stack uses: `pulumi` on PATH when its version satisfies `range` (GitHub's
 * runners ship one), else the range's lower bound installed into the tool cache.
 */
export async function discoverPulumi(auto: Automation, range: string, log: (m: string) => void): Promise<PulumiCommand> {
  try {
    // The version check is ours (the range); the SDK's own check only knows a minimum.
    const onPath = await auto.PulumiCommand.get({ skipVersionCheck: true });
    const version = onPath.version?.toString() ?? '';
    if (satisfies(version, range)) {
      log(`Using pulumi ${version} from PATH`);
      return onPath;
    }
    log(`pulumi on PATH is ${version || 'of unknown version'}, which does not satisfy ${range}`);
  } catch {
    log('No pulumi on PATH');
  }
  const version = installVersion(range);
  const root = join(process.env.RUNNER_TOOL_CACHE ?? join(homedir(), '.pulumi', 'versions'), 'pulumi', version);
  log(`Installing pulumi ${version} into ${root}`);
  try {
    // The SDK only interpolates and compares the version, which semver does for strings too; a cast
    // spares the bundle a direct semver import.
    type InstallOpts = NonNullable<Parameters<Automation['PulumiCommand']['install']>[0]>;
    return await auto.PulumiCommand.install({ version: version as unknown as InstallOpts['version'], root });
  } catch (err) {
    throw new Error(
      `Could not install the Pulumi CLI ${version} into ${root}: ${(err as Error).message}. Install pulumi on PATH (https://www.pulumi.com/docs/install/) or check the pulumi-version input.`,
    );
  }
}
