// temporary exploration helper (deleted before hand-off)
import { DRIVERS } from './lib/drivers.mjs';
import { cleanup, killAllGroupsSync } from './lib/proc.mjs';
import { startFront, startUpstream } from './lib/site.mjs';
const [engine, script] = process.argv.slice(2);
const up = await startUpstream('/tmp/snap/dist');
const site = await startFront(up, { inject: engine === 'webkit' });
const d = new DRIVERS[engine](console.log);
try {
  await d.start();
  await d.setViewport(1280, 800);
  const mod = await import(script + '?' + Date.now());
  await mod.default(d, (p) => new URL(p, site.origin).href, site);
  console.log('ERRORS', JSON.stringify(await d.takeErrors()), JSON.stringify(d.takeWarnings()));
} catch (e) { console.log('EXPLORE ERROR', e.stack); }
finally { await d.stop().catch(()=>{}); await cleanup(); killAllGroupsSync(); process.exit(0); }
