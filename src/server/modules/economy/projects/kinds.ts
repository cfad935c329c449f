// Record kinds of the projects part: the project (its workflow's history, its audit entity), a
// milestone (attachments of kind project_milestone hang on it), an evaluation; and the pages the
// home page and notices open (src/web/modules/economy/projects).

export const PROJECT_KIND = 'economy_project';
export const MILESTONE_KIND = 'project_milestone';
export const EVALUATION_KIND = 'project_evaluation';

export const PAGES = {
  list: '/economy-projects',
  missing: '/economy-projects?tab=missing',
  project: (id: string) => `/economy-projects/${id}`,
};
