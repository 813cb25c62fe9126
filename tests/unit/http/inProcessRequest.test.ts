import restify from 'restify';
import { inProcessClient } from '../../../src/http/inProcessRequest';

describe('inProcessClient', () => {
  const server = restify.createServer();
  server.use(restify.plugins.bodyParser());
  server.post('/echo', (req, res, next) => {
    res.send({ body: req.body as unknown, address: req.socket.remoteAddress, authorization: req.headers.authorization ?? null });
    next();
  });
  const send = inProcessClient(server.server, 'made-up-address');

  it('reaches the routes through the HTTP parser without a port, from the given address', async () => {
    expect(server.server.listening).toBe(false);
    const answer = await send({ method: 'POST', path: '/echo', body: { text: 'hoi' }, token: 'abc' });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ body: { text: 'hoi' }, address: 'made-up-address', authorization: 'Bearer abc' });
  });

  it("gives the server's own answer for a route it does not have", async () => {
    const answer = await send({ method: 'GET', path: '/nowhere' });
    expect(answer.status).toBe(404);
  });

  it('answers requests sent side by side each on its own connection', async () => {
    const answers = await Promise.all([1, 2, 3].map((n) => send({ method: 'POST', path: '/echo', body: { n } })));
    expect(answers.map((answer) => (JSON.parse(answer.body) as { body: { n: number } }).body.n)).toEqual([1, 2, 3]);
  });
});
