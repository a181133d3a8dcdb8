// Layer boundaries (see README, "Architecture"), enforced the way VS Code does: per-folder import bans.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'http', 'https', 'net', 'url', 'util', 'worker_threads', 'stream', 'crypto', 'zlib'];
const layer = (name) => [`**/${name}`, `**/${name}/**`, `../${name}/**`];
const ban = (message, ...groups) => ({ group: groups.flat(), message });

const restrict = (...patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'release/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Only db/ talks to SQLite.
      ...restrict(ban('Only db/ may use SQLite: go through a repository.', ['better-sqlite3'])),
    },
  },
  {
    files: ['core/**'],
    rules: restrict(
      ban('core/ is pure domain code: no Node, Electron, DOM or storage APIs.', NODE_BUILTINS, ['electron', 'better-sqlite3', 'react', 'react-dom', 'react-dom/*']),
      ban('core/ must not depend on outer layers.', layer('db'), layer('service'), layer('electron'), layer('renderer'), layer('cli')),
    ),
  },
  {
    files: ['core/**'],
    languageOptions: { globals: { ...globals.es2024 } },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict(
      ban('The renderer talks only to the API contract: no Node, Electron or SQLite.', NODE_BUILTINS, ['electron', 'better-sqlite3']),
      ban('The renderer reaches the backend only through the contract in core/api.', layer('db'), layer('service'), layer('electron'), layer('cli')),
    ),
  },
  {
    files: ['db/**'],
    rules: restrict(ban('db/ is below the service and the shells.', ['electron'], layer('service'), layer('electron'), layer('renderer'), layer('cli'))),
  },
  {
    files: ['service/**'],
    rules: restrict(
      ban('Only db/ may use SQLite: go through a repository.', ['better-sqlite3']),
      ban('The service must run without Electron and the UI.', ['electron'], layer('electron'), layer('renderer'), layer('cli')),
    ),
  },
  {
    files: ['electron/**'],
    rules: restrict(
      ban('Only db/ may use SQLite: go through a repository.', ['better-sqlite3']),
      ban('The shell must not reach into the UI or the CLI.', layer('renderer'), layer('cli')),
    ),
  },
  {
    files: ['electron/preload/**'],
    rules: restrict(
      ban('The sandboxed preload may use only electron and core/api.', NODE_BUILTINS, ['better-sqlite3'], layer('db'), layer('service'), layer('renderer'), layer('cli')),
    ),
  },
  {
    // Database and reliability tests open SQLite files directly to check what was written.
    files: ['test/db/**', 'test/reliability/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
