export { deleteImage, findImageId, getImage, listImages, listImagesDetail } from './requests.js';
export type { ListImagesQuery } from './requests.js';
export type { Image, ImageSummary } from './results.js';
