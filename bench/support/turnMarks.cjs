/**
 * Timing marks of every Direct Line turn, for the server bench only (`BENCH_TURN_MARKS=1`): loaded
 * into the built server with `--require`, it wraps four methods of the built code on their
 * prototypes and, when the process exits, writes one line per turn to TURN_MARKS_FILE. No
 * production code knows of it and nothing of a message is kept: the conversation id and times.
 *
 * Marks (ms since the epoch, from performance.timeOrigin + performance.now()):
 *   received   the post's handler hands the message to the adapter (body read, token checked)
 *   stored     its append was committed (the message's own commit)
 *   started    the bot's logic begins (after the conversation's queue and the pacer)
 *   ended      the turn asks for its end (state, replies, "turn done"): its synchronous work is over
 *   committed  that end was committed
 *   answered   the adapter's receive resolves; the route writes the answer next
 *   arrived    (round 26) the post's HTTP request had its headers parsed (the server's 'request' event)
 *   written    (round 26) its response was handed to the socket (the response's 'finish')
 *   handed     (round 36) its end's writes went to the writer thread (between ended and committed)
 * A turn's "running" part (started → ended) also counts the other turns interleaved with it.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- a `node --require` preload for the built (CommonJS) server */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const file = process.env.TURN_MARKS_FILE;
if (file) {
  const root = path.resolve(__dirname, '../..');
  const { DirectLineAdapter } = require(path.join(root, 'dist/server/src/channels/directline/directLineAdapter.js'));
  const { SqliteWriter } = require(path.join(root, 'dist/server/src/store/sqlite/writerThread.js'));
  const now = () => performance.timeOrigin + performance.now();
  /** The turn in flight per conversation (the bench sends one message per conversation at a time). */
  const inFlight = new Map();
  const done = [];
  /** A posted message's request per conversation, from its arrival until the adapter takes it. */
  const arrivals = new Map();
  const POSTED = /^\/v3\/directline\/conversations\/([^/?]+)\/activities(?:\?|$)/;

  // Before restify sees it: the 'request' event of every HTTP server in the process.
  const http = require('node:http');
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (event, req, res) {
    if (event === 'request' && req.method === 'POST') {
      const posted = POSTED.exec(req.url ?? '');
      if (posted) {
        const arrival = { arrived: now(), marks: null };
        arrivals.set(decodeURIComponent(posted[1]), arrival);
        res.once('finish', () => {
          if (arrival.marks) arrival.marks.written = now();
        });
      }
    }
    return emit.apply(this, arguments);
  };

  const adapter = DirectLineAdapter.prototype;
  const receive = adapter.receive;
  adapter.receive = async function (conversationId, ...rest) {
    const marks = { conversationId, received: now() };
    const arrival = arrivals.get(conversationId);
    if (arrival && arrival.marks === null) {
      arrivals.delete(conversationId);
      arrival.marks = marks;
      marks.arrived = arrival.arrived;
    }
    inFlight.set(conversationId, marks);
    try {
      return await receive.call(this, conversationId, ...rest);
    } finally {
      marks.answered = now();
      if (inFlight.get(conversationId) === marks) inFlight.delete(conversationId);
      done.push(marks);
    }
  };
  const runStoredTurn = adapter.runStoredTurn;
  adapter.runStoredTurn = function (conversationId, ...rest) {
    const marks = inFlight.get(conversationId);
    if (marks && marks.stored === undefined) marks.stored = now();
    return runStoredTurn.call(this, conversationId, ...rest);
  };
  const runMiddleware = adapter.runMiddleware;
  adapter.runMiddleware = function (context, ...rest) {
    const marks = inFlight.get(context.activity?.conversation?.id);
    if (marks && marks.started === undefined) marks.started = now();
    return runMiddleware.call(this, context, ...rest);
  };
  const run = SqliteWriter.prototype.run;
  SqliteWriter.prototype.run = function (request) {
    const answer = run.call(this, request);
    const marks = request.op === 'completeTurn' ? inFlight.get(request.conversationId) : undefined;
    if (marks && marks.ended === undefined) {
      marks.ended = now();
      answer.then(
        () => (marks.committed = now()),
        () => undefined,
      );
    }
    return answer;
  };

  // (round 36) When the end's writes were handed to the writer thread (the message that carried them).
  const send = SqliteWriter.prototype.send;
  SqliteWriter.prototype.send = function () {
    const at = now();
    for (const { request } of this.outbox) {
      const marks = request.op === 'completeTurn' ? inFlight.get(request.conversationId) : undefined;
      if (marks && marks.ended !== undefined && marks.handed === undefined) marks.handed = at;
    }
    return send.call(this);
  };

  const columns = ['received', 'stored', 'started', 'ended', 'committed', 'answered', 'arrived', 'written', 'handed'];
  process.on('exit', () => {
    const lines = done.map((m) => [m.conversationId, ...columns.map((c) => (m[c] === undefined ? '' : m[c].toFixed(2)))].join('\t'));
    fs.writeFileSync(file, lines.join('\n') + '\n');
  });
}
