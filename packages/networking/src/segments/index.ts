export { createSegment, deleteSegment, getSegment, listSegments, updateSegment } from './requests.js';
export type { CreateSegmentInput, ListSegmentsQuery, UpdateSegmentInput } from './requests.js';
export type { Segment } from './results.js';
