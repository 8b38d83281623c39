// Drives a running Pakn host with Microsoft's own Direct Line client, botframework-directlinejs,
// the library inside Web Chat. Usage: node directline.test.js http://127.0.0.1:5080
// Prints "ok - …" per step; exits 1 on the first failure (with the reason), 0 when all passed.
//
// Node has no XMLHttpRequest, which the client's default transport (rxjs ajax) needs: the
// client's documented `ajax` service is given a small fetch-based one. Everything Direct Line
// (URLs, headers, bodies, watermarks, upload multipart, WebSocket handling) is the client's own.
'use strict';

const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');
const { Observable } = require('rxjs/Observable');
const WebSocket = require('ws');

// The client checks for a global WebSocket before it will use one (Node 20 has none).
globalThis.WebSocket = WebSocket;

const base = process.argv[2];
if (!base) {
  console.error('usage: node directline.test.js <host base URL>');
  process.exit(2);
}

const domain = `${base}/v3/directline`;
const user = { id: 'dl_node_citizen', name: 'Công dân' };
// A 1×1 PNG: what a phone photo looks like to the protocol.
const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

function fetchAjax(request) {
  return Observable.create(subscriber => {
    const abort = new AbortController();
    const timer = request.timeout ? setTimeout(() => abort.abort(), request.timeout) : null;
    const headers = { ...(request.headers || {}) };
    let body = request.body;
    if (body !== undefined && !(body instanceof FormData) && typeof body !== 'string') {
      body = JSON.stringify(body);
    }
    fetch(request.url, { method: request.method || 'GET', headers, body, signal: abort.signal })
      .then(async response => {
        const response$ = request.responseType === 'arraybuffer'
          ? await response.arrayBuffer()
          : await response.text().then(text => (text ? JSON.parse(text) : null));
        const result = { status: response.status, response: response$, xhr: { getResponseHeader: name => response.headers.get(name) } };
        if (response.status >= 200 && response.status < 300) {
          subscriber.next(result);
          subscriber.complete();
        } else {
          subscriber.error(result);
        }
      })
      .catch(error => subscriber.error({ status: 0, error }))
      .finally(() => timer && clearTimeout(timer));
    return () => abort.abort();
  });
}

function fail(step, reason) {
  console.log(`not ok - ${step}: ${reason}`);
  process.exit(1);
}

function ok(step) {
  console.log(`ok - ${step}`);
}

/** Resolves with the first activity matching `predicate`, or fails the run after 15 s. */
function waitFor(directLine, step, predicate) {
  return new Promise(resolve => {
    const timer = setTimeout(() => fail(step, 'timed out waiting for the activity'), 15000);
    const subscription = directLine.activity$.subscribe(activity => {
      if (predicate(activity)) {
        clearTimeout(timer);
        setImmediate(() => subscription.unsubscribe());
        resolve(activity);
      }
    }, error => fail(step, `activity stream failed: ${JSON.stringify(error)}`));
  });
}

function post(directLine, step, activity) {
  return new Promise(resolve => directLine.postActivity(activity).subscribe(
    id => (id === 'retry' ? fail(step, 'the client gave up posting (retry)') : resolve(id)),
    error => fail(step, `post failed with status ${error && error.status}`)));
}

const fromBot = text => activity => activity.from && activity.from.role === 'bot' && typeof activity.text === 'string' && activity.text.startsWith(text);

async function webChatToken() {
  const response = await fetch(`${base}/api/webchat/token`, { method: 'POST' });
  if (!response.ok) fail('token', `POST /api/webchat/token answered ${response.status}`);
  return (await response.json()).token;
}

async function main() {
  // 1. Polling: start, greeting, a message and its echo, an upload.
  const polling = new DirectLine({ domain, token: await webChatToken(), webSocket: false, pollingInterval: 200, ajax: fetchAjax });
  const greeting = waitFor(polling, 'polling: greeting', fromBot('Xin chào'));
  await post(polling, 'polling: join event', { type: 'event', name: 'webchat/join', from: user, value: { language: 'vi-VN' } });
  await greeting;
  if (polling.connectionStatus$.getValue() !== ConnectionStatus.Online) fail('polling: start', 'not online');
  ok('polling: started a conversation with a web chat token and got the greeting');

  const text = 'Đèn đường kiệt 45 hỏng cả tuần rồi';
  const echo = waitFor(polling, 'polling: echo', a => a.from.id === user.id && a.text === text);
  const answer = waitFor(polling, 'polling: answer', fromBot(`Bạn vừa nói: ${text}`));
  const id = await post(polling, 'polling: message', { type: 'message', from: user, text, channelData: { clientActivityID: 'node-1' } });
  const echoed = await echo;
  if (echoed.id !== id) fail('polling: echo', `echo id ${echoed.id} is not the posted id ${id}`);
  if (!echoed.channelData || echoed.channelData.clientActivityID !== 'node-1') fail('polling: echo', 'clientActivityID not echoed');
  if ((await answer).replyToId !== id) fail('polling: answer', 'replyToId does not point at the message');
  ok('polling: message echoed with its id and clientActivityID, answered in reply to it');

  const uploaded = waitFor(polling, 'polling: upload', fromBot('Đã nhận 1 tệp: den-hong.png (image/png'));
  const photoEcho = waitFor(polling, 'polling: upload echo', a => a.from.id === user.id && Array.isArray(a.attachments) && a.attachments.length === 1);
  await post(polling, 'polling: upload', {
    type: 'message', from: user, text: 'ảnh hiện trường',
    attachments: [{ contentType: 'image/png', contentUrl: png, name: 'den-hong.png' }],
  });
  await uploaded;
  const photo = (await photoEcho).attachments[0];
  const served = await fetch(photo.contentUrl);
  const bytes = Buffer.from(await served.arrayBuffer());
  if (!served.ok || bytes.length !== 70 || bytes[1] !== 0x50) fail('polling: upload', `the stored photo is not served back (${served.status}, ${bytes.length} bytes)`);
  ok('polling: image uploaded (multipart), handed to the bot and served back from the transcript');

  const conversationId = polling.conversationId;
  const watermark = polling.watermark;
  const token = polling.token;
  polling.end();

  // Something arrives while the citizen is away (a proactive answer would look the same).
  const away = await fetch(`${domain}/conversations/${conversationId}/activities`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ type: 'message', from: user, text: 'tin gửi khi đang vắng', channelData: { clientActivityID: 'node-away' } }),
  });
  if (!away.ok) fail('resume', `posting while away answered ${away.status}`);

  // 2. WebSocket, resuming the same conversation from the watermark.
  const seen = [];
  const resumed = new DirectLine({ domain, token, conversationId, watermark, webSocket: true, WebSocket, ajax: fetchAjax });
  resumed.activity$.subscribe(activity => seen.push(activity), () => { /* ended below */ });
  await waitFor(resumed, 'websocket: resume', fromBot('Bạn vừa nói: tin gửi khi đang vắng'));
  if (seen.some(a => a.text === text)) fail('websocket: resume', 'activities before the watermark were sent again');
  if (seen[0].text !== 'tin gửi khi đang vắng') fail('websocket: resume', `first activity after the watermark was "${seen[0].text}"`);
  ok('websocket: resumed with the watermark and got only what was missed');

  const live = waitFor(resumed, 'websocket: answer', fromBot('Bạn vừa nói: qua WebSocket'));
  await post(resumed, 'websocket: message', { type: 'message', from: user, text: 'qua WebSocket', channelData: { clientActivityID: 'node-2' } });
  await live;
  ok('websocket: message sent and its answer pushed over the stream');
  resumed.end();

  // 3. WebSocket from the start.
  const fresh = new DirectLine({ domain, token: await webChatToken(), webSocket: true, WebSocket, ajax: fetchAjax });
  const hello = waitFor(fresh, 'websocket: greeting', fromBot('Xin chào'));
  await post(fresh, 'websocket: join event', { type: 'event', name: 'webchat/join', from: user });
  await hello;
  if (fresh.conversationId === conversationId) fail('websocket: start', 'a new token reused the old conversation');
  ok('websocket: new conversation started and greeted over the stream');
  fresh.end();

  console.log('all passed');
  process.exit(0);
}

setTimeout(() => fail('run', 'took longer than 90 s'), 90000).unref();
main().catch(error => fail('run', error && error.stack ? error.stack : JSON.stringify(error)));
