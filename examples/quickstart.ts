/**
 * The quick start: read a cloud from clouds.yaml, authenticate, and show who we are and what the
 * catalog offers. Run it with `OS_CLOUD=<cloud> pnpm demo` (or `npm run demo`).
 */
import { providerFromCloud } from '@openstack-ts/config';
import { isOpenStackError } from '@openstack-ts/core';

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  const line = (row: string[]): string => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  const [head, ...body] = rows;
  return head === undefined ? '' : [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

async function main(): Promise<void> {
  const cloud = process.env.OS_CLOUD;
  if (cloud === undefined || cloud === '') {
    console.error('Name a cloud from your clouds.yaml: OS_CLOUD=<cloud> npm run demo');
    process.exitCode = 2;
    return;
  }

  const provider = await providerFromCloud(cloud);

  const token = provider.token;
  if (token === undefined) throw new Error('authenticated, but no token info');
  const { user, project, domain, roles } = token.body;
  const scope = project === undefined ? (domain === undefined ? 'unscoped or system' : `domain ${domain.name ?? domain.id}`) : `project ${project.name ?? project.id}`;
  console.log(`Authenticated to ${provider.identityEndpoint} as ${user.name ?? user.id} (${scope})`);
  console.log(`Roles: ${(roles ?? []).map((role) => role.name).join(', ')}; token expires ${token.expiresAt.toISOString()}\n`);

  const rows = [['service type', 'name', 'interface', 'region', 'url']];
  for (const entry of [...provider.catalog].sort((a, b) => a.type.localeCompare(b.type))) {
    for (const endpoint of entry.endpoints) {
      rows.push([entry.type, entry.name ?? '', endpoint.interface, endpoint.region ?? '', endpoint.url]);
    }
  }
  console.log(table(rows));
}

main().catch((error: unknown) => {
  // SDK errors carry no secrets and read like log lines; print them as they are.
  console.error(isOpenStackError(error) ? `${error.name}: ${error.message}` : error);
  process.exitCode = 1;
});
