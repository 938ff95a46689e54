export { addProjectEndpoint, checkProjectEndpoint, listEndpointProjects, listProjectEndpoints, removeProjectEndpoint } from './requests.js';
