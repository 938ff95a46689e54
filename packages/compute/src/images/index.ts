export { deleteImage, findImageId, getImage, listImageSummaries, listImages } from './requests.js';
export type { ListImagesQuery } from './requests.js';
export type { Image, ImageSummary } from './results.js';
