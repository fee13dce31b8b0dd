import type { Component } from 'svelte';

/**
 * Every page of the app. Pages are loaded on demand, with the string namespaces they need,
 * so the first load carries only the shell and the home page.
 */
export interface RouteDefinition {
  path: string;
  /** i18n key (common namespace or the page's own) of the page title, for document.title. */
  title: string;
  load: () => Promise<{ default: Component<{ params: Record<string, string> }> }>;
  namespaces: string[];
}

export const routes: RouteDefinition[] = [
  { path: '/', title: 'nav.home', load: () => import('../pages/HomePage.svelte'), namespaces: [] },
  {
    path: '/profession',
    title: 'nav.profession',
    load: () => import('../pages/ProfessionPage.svelte'),
    namespaces: ['profession'],
  },
  {
    path: '/trainees',
    title: 'trainee.manage',
    load: () => import('../pages/TraineesPage.svelte'),
    namespaces: ['trainees'],
  },
  {
    path: '/scenarios',
    title: 'nav.scenarios',
    load: () => import('../pages/scenarios/ScenariosPage.svelte'),
    namespaces: ['scenarios'],
  },
  {
    path: '/scenarios/:id',
    title: 'nav.scenarios',
    load: () => import('../pages/scenarios/ScenarioPage.svelte'),
    namespaces: ['scenarios', 'scorm'],
  },
  {
    path: '/play/:attemptId',
    title: 'player:title',
    load: () => import('../pages/scenarios/PlayPage.svelte'),
    namespaces: ['player'],
  },
  {
    path: '/counsellor',
    title: 'counsellor:title.home',
    load: () => import('../pages/counsellor/CounsellorHomePage.svelte'),
    namespaces: ['counsellor', 'assessment'],
  },
  {
    path: '/counsellor/candidates',
    title: 'counsellor:title.candidates',
    load: () => import('../pages/counsellor/CandidatesPage.svelte'),
    namespaces: ['counsellor', 'assessment'],
  },
  {
    path: '/counsellor/candidates/:id',
    title: 'counsellor:title.candidate',
    load: () => import('../pages/counsellor/CandidatePage.svelte'),
    namespaces: ['counsellor', 'assessment'],
  },
  {
    path: '/counsellor/candidates/:id/review',
    title: 'assessment:title.review',
    load: () => import('../pages/counsellor/ReviewPage.svelte'),
    namespaces: ['counsellor', 'assessment', 'report'],
  },
  {
    path: '/counsellor/batteries',
    title: 'assessment:title.batteries',
    load: () => import('../pages/counsellor/BatteriesPage.svelte'),
    namespaces: ['counsellor', 'assessment'],
  },
  {
    path: '/counsellor/batteries/:id',
    title: 'assessment:title.battery',
    load: () => import('../pages/counsellor/BatteryPage.svelte'),
    namespaces: ['counsellor', 'assessment'],
  },
  {
    path: '/counsellor/compare',
    title: 'assessment:title.compare',
    load: () => import('../pages/counsellor/ComparePage.svelte'),
    namespaces: ['counsellor', 'assessment', 'report'],
  },
  {
    path: '/assessment',
    title: 'assessment:run.title',
    load: () => import('../pages/assessment/AssessmentPage.svelte'),
    namespaces: ['assessment', 'player', 'counsellor'],
  },
  {
    path: '/counsellor/backup',
    title: 'counsellor:title.backup',
    load: () => import('../pages/counsellor/BackupPage.svelte'),
    namespaces: ['counsellor', 'assessment'],
  },
  {
    path: '/report/session/:sessionId',
    title: 'report:title',
    load: () => import('../pages/report/ReportPage.svelte'),
    namespaces: ['report'],
  },
  {
    path: '/report/:attemptId',
    title: 'report:title',
    load: () => import('../pages/report/ReportPage.svelte'),
    namespaces: ['report'],
  },
  {
    path: '/progress',
    title: 'progress:title',
    load: () => import('../pages/progress/ProgressPage.svelte'),
    namespaces: ['progress', 'report'],
  },
  {
    path: '/studio',
    title: 'studio:title.list',
    load: () => import('../pages/studio/StudioListPage.svelte'),
    namespaces: ['studio'],
  },
  {
    path: '/studio/:id',
    title: 'studio:title.editor',
    load: () => import('../pages/studio/StudioEditorPage.svelte'),
    namespaces: ['studio', 'player', 'scorm'],
  },
  {
    path: '/scorm',
    title: 'scorm:title',
    load: () => import('../pages/scorm/ScormPage.svelte'),
    namespaces: ['scorm', 'player'],
  },
];
