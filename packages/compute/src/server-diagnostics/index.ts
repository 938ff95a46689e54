export { getServerDiagnostics } from './requests.js';
export type { ServerCpuDiagnostics, ServerDiagnostics, ServerDiskDiagnostics, ServerNicDiagnostics } from './results.js';
