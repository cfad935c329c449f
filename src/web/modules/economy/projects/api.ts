import { useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AttachmentList } from '../../../../contracts/api/attachments';
import type {
  CreateProjectBody,
  EvaluationBody,
  EvaluationView,
  LeaderLevel,
  leaderCandidateSchema,
  MilestoneBody,
  MilestoneDoneBody,
  MilestoneView,
  MissingProjects,
  ProjectActionBody,
  ProjectDetail,
  ProjectKindCode,
  ProjectListQuery,
  ProjectRow,
  ProjectStatusCode,
  PublicProjects,
  UpdateProjectBody,
} from '../../../../contracts/api/economy-projects';
import { apiUrl, call, client, type Page, upload } from '../../../app/api';

// The calls of the projects pages (docs/economy.md §6). They go by path, typed by the zod contracts
// (contracts/api/economy-projects.ts) shared with the server.

export type { LeaderLevel, ProjectDetail, ProjectRow };

export type ProjectKind = ProjectKindCode;
export type ProjectStatus = ProjectStatusCode;
export type Milestone = MilestoneView;
export type Evaluation = EvaluationView;
export type MissingRow = MissingProjects['items'][number];
export type PublicProject = PublicProjects['items'][number];
export type LeaderCandidate = z.infer<typeof leaderCandidateSchema>;
export type ProjectFilters = Partial<ProjectListQuery>;

type Query = Record<string, string | number | boolean | undefined>;
type Untyped = (
  path: string,
  init?: { params?: { query?: Query }; body?: unknown },
) => Promise<{ data?: unknown; response: Response }>;
const GET = client.GET as unknown as Untyped;
const POST = client.POST as unknown as Untyped;
const PATCH = client.PATCH as unknown as Untyped;
const DELETE = client.DELETE as unknown as Untyped;

const at = (strings: TemplateStringsArray, ...ids: string[]) =>
  strings.reduce((out, s, i) => out + s + (i < ids.length ? encodeURIComponent(ids[i]!) : ''), '');

const get = async <T>(path: string, query?: Query) => (await call(GET(path, { params: { query } }))) as T;
const post = async <T>(path: string, body: unknown = {}) => (await call(POST(path, { body }))) as T;
const patch = async <T>(path: string, body: unknown) => (await call(PATCH(path, { body }))) as T;
const del = async <T>(path: string) => (await call(DELETE(path))) as T;

export const projectsApi = {
  list: (filters: ProjectFilters) => get<Page<ProjectRow>>('/api/economy/projects', filters as Query),
  exportUrl: (filters: ProjectFilters) =>
    apiUrl('/economy/projects/export', { ...filters, page: undefined, pageSize: undefined }),
  get: (projectId: string) => get<ProjectDetail>(at`/api/economy/projects/${projectId}`),
  create: (body: CreateProjectBody) => post<ProjectDetail>('/api/economy/projects', body),
  update: (projectId: string, body: UpdateProjectBody) =>
    patch<ProjectDetail>(at`/api/economy/projects/${projectId}`, body),
  remove: (projectId: string) => del<unknown>(at`/api/economy/projects/${projectId}`),
  action: (projectId: string, action: 'commit' | 'evaluate' | 'close', body: ProjectActionBody = {}) =>
    post<ProjectDetail>(at`/api/economy/projects/${projectId}/actions/${action}`, body),
  addMilestone: (projectId: string, body: MilestoneBody) =>
    post<ProjectDetail>(at`/api/economy/projects/${projectId}/milestones`, body),
  markDone: (milestoneId: string, body: MilestoneDoneBody = {}) =>
    post<ProjectDetail>(at`/api/economy/milestones/${milestoneId}/done`, body),
  addEvaluation: (projectId: string, body: EvaluationBody) =>
    post<ProjectDetail>(at`/api/economy/projects/${projectId}/evaluations`, body),
  missing: (query: { year: number; regionCode?: string }) =>
    get<MissingProjects>('/api/economy/projects/missing', query),
  publicPage: (regionCode: string) => get<PublicProjects>(at`/api/public/economy/projects/${regionCode}`),
  /** The village's cadres who may lead its projects (a led project: the party secretary). */
  leaderCandidates: (regionCode: string, year: number) =>
    get<{ items: LeaderCandidate[] }>('/api/economy/projects/leader-candidates', { regionCode, year }),
  // Photos: platform attachments of kind project_milestone on the milestone.
  addPhotos: (milestoneId: string, files: File[]) => {
    const form = new FormData();
    for (const f of files) form.append('files', f, f.name);
    return upload<AttachmentList>(at`/attachments/project_milestone/${milestoneId}`, form);
  },
  removePhoto: (attachmentId: string) =>
    call(client.DELETE('/api/attachment-files/{attachmentId}', { params: { path: { attachmentId } } })),
  fileUrl: (attachmentId: string, size: 'thumb' | 'full') =>
    apiUrl(at`/attachment-files/${attachmentId}`, { size }),
};

/** After a write: every projects query reads again. */
export const useRefreshProjects = () => {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: ['econProjects'] });
};
