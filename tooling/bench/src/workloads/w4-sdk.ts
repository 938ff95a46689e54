/**
 * W4 objects with the SDK: `uploadObject` from a generated stream, then `downloadObject` and
 * read it to the end. Without BENCH_VERIFY=1 the upload is not hashed (the baselines hash
 * nothing either); with it, the SDK's default: MD5 of what was sent, length check of what came.
 */
import { createObjectStorageClient, downloadObject, uploadObject } from '@openstack-ts/objectstorage';
import { check, mark, report, workloadEnv } from '../child.js';
import { drain, generatedStream } from '../data.js';
import { provider } from '../sdk.js';

const env = workloadEnv();
const verify = process.env.BENCH_VERIFY === '1';
const client = await createObjectStorageClient(await provider(env));

const start = mark();
const uploaded = await uploadObject(client, 'bench', 'object', generatedStream(env.count), { content_type: 'application/octet-stream', verify });
const uploadMs = performance.now() - start.wall;
const download = await downloadObject(client, 'bench', 'object', { verify });
const bytes = await drain(download.body);
const downloadMs = performance.now() - start.wall - uploadMs;
check(uploaded.bytes === env.count && bytes === env.count, `${String(uploaded.bytes)} bytes up, ${String(bytes)} bytes back`);
report(start, { bytes, uploadMs, downloadMs });
