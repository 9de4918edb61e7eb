// `npm start`: build the web app if this checkout has never built it, then run the server in the foreground.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { constants } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

if (!existsSync(join(root, 'apps/web/dist/index.html'))) {
  console.log('首次启动：正在构建 Web 前端 (building the web app: npm run build -w apps/web)…');
  const build = spawnSync(npm, ['run', 'build', '-w', 'apps/web'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('Web 前端构建失败 (web build failed)；请查看上面的输出。');
    process.exit(build.status ?? 1);
  }
}

// Own process group: a Ctrl-C at the terminal (and npm's forwarding of it) reaches only this script,
// which passes exactly one signal on. A second SIGINT would kill the server mid-shutdown, before the
// embedded database has flushed.
const server = spawn(process.execPath, ['apps/server/bin/jiuye.mjs', 'serve'], {
  cwd: root,
  stdio: 'inherit',
  detached: true,
});

let lastForward = 0;
const forward = (signal, as = signal) => {
  // The same keypress arrives twice (terminal and npm); a repeat a moment later is a real "force quit".
  const now = Date.now();
  if (now - lastForward < 1000) return;
  lastForward = now;
  if (server.exitCode === null && server.signalCode === null) server.kill(as);
};
process.on('SIGINT', () => forward('SIGINT'));
process.on('SIGTERM', () => forward('SIGTERM'));
// A closed terminal would otherwise leave the detached server running on its own.
process.on('SIGHUP', () => forward('SIGHUP', 'SIGTERM'));

server.on('error', (err) => {
  console.error(`无法启动服务器 (could not start the server): ${err.message}`);
  process.exit(1);
});
server.on('exit', (code, signal) => {
  // Shell convention, so a caller can tell a killed server from one that failed.
  process.exit(signal ? 128 + (constants.signals[signal] ?? 0) : (code ?? 1));
});
