// Entry point of dist/index.js, which the GitHub Action (`runs.main`) and the GitLab component's job
// (`node <checkout>/dist/index.js`) both run: the same bundle, with the adapter of the CI it finds.
import { enableBundleCompileCache } from './compile-cache.ts';

enableBundleCompileCache(process.argv[1]);
process.noDeprecation = true;
if (process.env.GITHUB_ACTIONS === 'true') {
  const { runAction } = await import('./github/action.ts');
  await runAction();
} else if (process.env.GITLAB_CI === 'true') {
  const { runComponent } = await import('./gitlab/component.ts');
  process.exitCode = await runComponent();
} else {
  process.stderr.write(
    'signet: dist/index.js runs in GitHub Actions or GitLab CI; elsewhere use the CLI (dist/cli/index.js)\n',
  );
  process.exitCode = 2;
}
