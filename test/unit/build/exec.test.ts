// The one process runner: argv arrays (no shell), exit codes, start failures, timeouts.
import { execFile, withoutSecrets } from '../../../src/build/exec.ts';

describe('execFile', () => {
  it('passes arguments verbatim, never through a shell', async () => {
    const r = await execFile(['printf', '%s|', '$(touch pwned)', '`id`', "a'b"]);
    expect(r).toEqual({ code: 0, stdout: "$(touch pwned)|`id`|a'b|", stderr: '' });
  });

  it('reports the exit code and stderr', async () => {
    const r = await execFile(['sh', '-c', 'echo oops >&2; exit 3']);
    expect(r).toMatchObject({ code: 3, stderr: 'oops\n' });
  });

  it('rejects at once when the program does not exist, leaving no timer behind', async () => {
    const t0 = Date.now();
    await expect(execFile(['signet-no-such-program'], { timeoutMs: 60_000 })).rejects.toMatchObject({
      code: 'ENOENT',
    });
    expect(Date.now() - t0).toBeLessThan(5_000);
  });

  it('ends a program that outlives its timeout', async () => {
    const r = await execFile(['sleep', '30'], { timeoutMs: 200 });
    expect(r).toMatchObject({ code: 128, timedOut: true });
  });

  it('escalates to SIGKILL when a timed-out program ignores SIGTERM', async () => {
    // A child that ignores SIGTERM and says when it got it, so the test knows SIGTERM came first.
    const stubborn = `process.on('SIGTERM', () => console.log('TERM ignored')); console.log('ready'); setInterval(() => {}, 1000);`;
    const r = await execFile([process.execPath, '-e', stubborn], { timeoutMs: 2_000, killGraceMs: 300 });
    expect(r).toMatchObject({ code: 128, timedOut: true });
    expect(r.stdout).toBe('ready\nTERM ignored\n');
  });

  it('leaves a program that ends in time alone, and says nothing of a timeout', async () => {
    const r = await execFile(['true'], { timeoutMs: 5_000, killGraceMs: 10 });
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('withoutSecrets', () => {
  it("drops Signet's secrets and every INPUT_* variable, keeping the rest", () => {
    expect(
      withoutSecrets({
        PATH: '/bin',
        HOME: '/h',
        COSIGN_PASSWORD: 'x',
        SIGSTORE_ID_TOKEN: 'x',
        GITHUB_TOKEN: 'x',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'x',
        CI_JOB_TOKEN: 'x',
        'INPUT_KEY-PASSWORD': 'x',
        AWS_SESSION_TOKEN: 'kept: credential helpers need their own settings',
        ACTIONS_RUNTIME_TOKEN: 'kept: the buildx gha cache needs it',
      }),
    ).toEqual({
      PATH: '/bin',
      HOME: '/h',
      AWS_SESSION_TOKEN: 'kept: credential helpers need their own settings',
      ACTIONS_RUNTIME_TOKEN: 'kept: the buildx gha cache needs it',
    });
  });

  it('is applied to every child, whatever env the caller passes', async () => {
    const r = await execFile(['sh', '-c', 'echo "${COSIGN_PASSWORD-unset} ${KEEP}"'], {
      env: { PATH: '/usr/bin:/bin', COSIGN_PASSWORD: 'leak', KEEP: 'kept' },
    });
    expect(r.stdout).toBe('unset kept\n');
  });
});
