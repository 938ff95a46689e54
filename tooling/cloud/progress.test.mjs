// up.sh's output (progress.sh): one line per step on the terminal, every command's own output in
// the logs, and on a failure the step, the command, the log's path and its tail.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';

const progress = fileURLToPath(new URL('progress.sh', import.meta.url));
let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'osts-progress-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Runs a script after up.sh's preamble (set -euo pipefail, progress_init) with LOG and RUN in a temp dir. */
function run(body) {
  const script = `set -euo pipefail\nLOG=${dir}/log RUN=${dir}/run\nmkdir -p "$RUN"\n. ${progress}\nprogress_init "$LOG" "$RUN"\n${body}\n`;
  const result = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
  return { ...result, log: (name) => readFileSync(join(dir, 'log', `${name}.log`), 'utf8') };
}

const time = String.raw`\[\d\d:\d\d:\d\d\]`;

describe('progress.sh', () => {
  test('shows one line per step and keeps the commands’ output in the logs', () => {
    const r = run(`
say "local cloud in $LOG"
step "installing packages" apt
echo "Setting up mariadb-server"; echo "dpkg: warning" >&2
step_note "installed 1 packages"
step nova nova-manage
echo "INFO alembic.runtime.migration Context impl MySQLImpl."
step_started nova-api; step_started nova-compute
step neutron
step_running neutron-server
step seed
step_default "already there"
say "cloud is up"`);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatch(new RegExp(`^${time} local cloud in `));
    expect(lines[1]).toMatch(new RegExp(`^${time} installing packages … installed 1 packages \\(\\d+s\\)$`));
    expect(lines[2]).toMatch(new RegExp(`^${time} nova … started nova-api, nova-compute \\(\\d+s\\)$`));
    expect(lines[3]).toMatch(new RegExp(`^${time} neutron … already running \\(\\d+s\\)$`));
    expect(lines[4]).toMatch(new RegExp(`^${time} seed … already there \\(\\d+s\\)$`));
    expect(lines[5]).toMatch(new RegExp(`^${time} cloud is up$`));
    expect(r.log('apt')).toContain('Setting up mariadb-server\ndpkg: warning\n');
    expect(r.log('nova-manage')).toContain('INFO alembic.runtime.migration');
    // up.log holds this run's progress lines too, whole
    expect(r.log('up')).toMatch(new RegExp(`${time} nova … started nova-api, nova-compute \\(\\d+s\\)\n`));
  });

  test('a failed step names itself, the command and its log, and shows the log’s tail', () => {
    mkdirSync(join(dir, 'bin'));
    const tool = 'for i in $(seq 1 50); do echo "migration line $i"; done\necho "ERROR: cannot connect to MySQL" >&2\nexit 3\n';
    writeFileSync(join(dir, 'bin', 'glance-manage'), `#!/bin/sh\n${tool}`, { mode: 0o755 });
    const r = run(`PATH=${dir}/bin:$PATH
PW=not-for-the-terminal
step keystone keystone-manage
echo "an earlier line"
step glance glance-manage
glance-manage --password "$PW" db_sync
step never-reached`);
    expect(r.status).toBe(3);
    expect(r.stdout).toMatch(new RegExp(`${time} glance … FAILED \\(\\d+s\\)\n`));
    expect(r.stdout).not.toContain('never-reached');
    expect(r.stderr).toContain('up.sh: FAILED (exit 3) in step "glance"\n');
    // the command as written: variables not expanded, so no secret is shown
    expect(r.stderr).toMatch(/the command that failed \(.*:\d+\): glance-manage --password "\$PW" db_sync\n/);
    expect(r.stderr).not.toContain('not-for-the-terminal');
    expect(r.stderr).toContain(`---- last 40 lines of ${dir}/log/glance-manage.log`);
    expect(r.stderr).toContain('migration line 50\nERROR: cannot connect to MySQL\n');
    expect(r.stderr).not.toContain('migration line 10\n');
    expect(r.stderr).not.toContain('an earlier line');
    expect(r.stderr).toContain(`every service's and tool's log: ${dir}/log/`);
  });

  test('a failure says why and shows the log chosen for it, and the log of a daemon that died', () => {
    const r = run(`
step "waiting for every API to answer"
echo "glance-api: ready soon" >>"$LOG/glance-api.log"
echo "Traceback: nova-api died" >>"$LOG/nova-api.log"
sh -c 'exit 0' & wait $!; echo $! >"$RUN/nova-api.pid"
step_show "$LOG/glance-api.log"
step_why "no answer from http://127.0.0.1:9292/ after 120s"
echo "timeout waiting for http://127.0.0.1:9292/" >&2
false`);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('in step "waiting for every API to answer": no answer from http://127.0.0.1:9292/ after 120s');
    expect(r.stderr).toContain(`---- last 40 lines of ${dir}/log/glance-api.log\nglance-api: ready soon`);
    expect(r.stderr).toMatch(new RegExp(`---- last 10 lines of ${dir}/log/up.log\n(.*\n)*timeout waiting for http://127.0.0.1:9292/\n`));
    expect(r.stderr).toContain(`---- nova-api is not running; last 40 lines of ${dir}/log/nova-api.log\nTraceback: nova-api died`);
  });
});
