// Runs Verdaccio (the real registry, from devDependencies) on a free port of 127.0.0.1 with the
// config file given, and prints `LISTENING <url>` once it accepts connections.
import { runServer } from "verdaccio";

const app = await runServer(process.argv[2]);
app.listen(0, "127.0.0.1", () => {
  process.stdout.write(`LISTENING http://127.0.0.1:${app.address().port}/\n`);
});
