export {
  addProjectTag,
  createProject,
  deleteAllProjectTags,
  deleteProject,
  deleteProjectTag,
  findProjectId,
  getProject,
  listProjectTags,
  listProjects,
  projectHasTag,
  replaceProjectTags,
  updateProject,
} from './requests.js';
export type { CreateProjectInput, FindProjectQuery, GetProjectQuery, ListProjectsQuery, UpdateProjectInput } from './requests.js';
export type { Project } from './results.js';
