import { expect, it } from '@jest/globals';
import { describeWithService } from '@openstack-ts/acceptance';
import { findImageId, getImage, listImageSummaries, listImages } from '../src/images/index.js';
import { TEST_IMAGE, memberCompute, testImageId } from './helpers.js';

describeWithService('compute', "Nova's image proxy against the real Nova", () => {
  it('finds the test image by name, lists and shows it (microversion 2.35)', async () => {
    const compute = await memberCompute();
    const { id, matchedBy } = await findImageId(compute, TEST_IMAGE);
    expect(matchedBy).toBe('name');
    expect(id).toBe(await testImageId());
    expect(await findImageId(compute, id)).toEqual({ id, matchedBy: 'id' });
    expect((await listImageSummaries(compute, { name: TEST_IMAGE }).all()).map((image) => image.id)).toEqual([id]);
    expect((await listImages(compute, { name: TEST_IMAGE }).all())[0]?.status).toBe('ACTIVE');
    expect((await getImage(compute, id)).name).toBe(TEST_IMAGE);
  });
});
