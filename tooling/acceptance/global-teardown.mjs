// Jest globalTeardown for the acceptance run: reports every resource left behind (named with the
// test prefix), so a test that forgot to clean up is noticed. The report is also written to
// $OSTS_LEFTOVERS_FILE when set (CI keeps it in .ci/out/).
import { writeFileSync } from 'node:fs';
import { findLeftovers } from './dist/leftovers.js';

export default async function globalTeardown() {
  const { leftovers, unchecked } = await findLeftovers(process.env.OSTS_MEMBER_CLOUD, process.env.OSTS_ADMIN_CLOUD || undefined);
  const lines = [
    leftovers.length === 0 ? 'leftover resources: none' : `leftover resources: ${leftovers.length}`,
    ...leftovers.map((line) => `  LEFTOVER ${line}`),
    ...unchecked.map((line) => `  not checked: ${line}`),
  ];
  console.log(`\n${lines.join('\n')}`);
  if (process.env.OSTS_LEFTOVERS_FILE) writeFileSync(process.env.OSTS_LEFTOVERS_FILE, `${lines.join('\n')}\n`);
}
