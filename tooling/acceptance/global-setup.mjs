// Jest globalSetup for the acceptance run: picks the clouds (OS_CLOUD, else the local cloud),
// authenticates once to prove they answer, and hands the tests the clouds, the catalog's service
// types and a run id through the environment (workers inherit it).
import { providerFromCloud } from '@openstack-ts/config';
import { resolveClouds } from './dist/cloud.js';

export default async function globalSetup() {
  const clouds = resolveClouds();
  Object.assign(process.env, clouds.env);
  const member = await providerFromCloud(clouds.member).catch((error) => {
    throw new Error(`acceptance: cannot authenticate to ${clouds.member} (${clouds.source}): ${error.message}`);
  });
  if (clouds.admin !== undefined) await providerFromCloud(clouds.admin);
  process.env.OSTS_MEMBER_CLOUD = clouds.member;
  process.env.OSTS_ADMIN_CLOUD = clouds.admin ?? '';
  process.env.OSTS_SERVICES = [...new Set(member.catalog.map((entry) => entry.type))].join(',');
  process.env.OSTS_RUN_ID ??= Date.now().toString(36);
  console.log(`\nacceptance: ${clouds.source}; member cloud ${clouds.member}, admin cloud ${clouds.admin ?? '(none)'}`);
  console.log(`acceptance: services ${process.env.OSTS_SERVICES}`);
}
