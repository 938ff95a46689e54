export { createContainer, deleteContainer, getContainer, listContainers, updateContainer } from './requests.js';
export type { CreateContainerInput, ListContainersQuery, UpdateContainerInput } from './requests.js';
export type { Container, ContainerSummary } from './results.js';
