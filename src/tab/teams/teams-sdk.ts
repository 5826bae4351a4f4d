// The parts of teams-js the tab uses, imported by name so that the bundler drops the rest of the SDK.
export { app, authentication, meeting, pages } from '@microsoft/teams-js';
