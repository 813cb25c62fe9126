/** The reference: a bare restify server that echoes a JSON body, nothing else. Prints its URL. */
import restify from 'restify';

const server = restify.createServer({ name: 'echo' });
server.use(restify.plugins.bodyParser({ maxBodySize: 65536 }));
server.post('/echo', (req, res, next) => {
  res.json(req.body as object);
  next();
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`${JSON.stringify({ event: 'listening', url: `http://127.0.0.1:${address.port}` })}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
