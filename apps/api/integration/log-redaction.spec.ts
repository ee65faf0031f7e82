import { Writable } from 'node:stream';
import pino from 'pino';
import { redactUrl } from '@pinzhi/api-server';
import { TestApp } from '@pinzhi/api-testing';

/**
 * No secret reaches a log line (issue 16): the calendar feed's secret, survey and invitation
 * link tokens, bearer tokens, passwords. The app logs at info level into memory here and every
 * line is searched for the secrets it was handed.
 */
let t: TestApp;
const lines: string[] = [];
beforeAll(async () => {
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  t = await TestApp.start({ logger: pino({ level: 'info' }, sink) });
});
afterAll(() => t.stop());

describe('log redaction', () => {
  it('keeps every secret of a request out of the log', async () => {
    const admin = await t.token('admin@demo.test');
    const quality = await t.token('quality@demo.test');
    const feed = await t.ok('mutation { createCalendarFeed { path } }', {}, admin);
    const feedPath: string = feed.createCalendarFeed.path;
    const feedSecret = feedPath.replace(/^\/calendar\/[0-9a-f-]{36}\./, '').replace(/\.ics$/, '');
    const rounds = await t.ok('{ surveyRounds(first: 50) { nodes { linkToken } } }', {}, quality);
    const surveyToken: string = rounds.surveyRounds.nodes.find((n: { linkToken: string | null }) => n.linkToken).linkToken;
    const invited = await t.ok(
      'mutation { inviteMember(input: { email: "log.test@demo.test", displayName: "日志", role: VIEWER }) { acceptPath } }',
      {},
      admin,
    );
    const invitationToken = invited.inviteMember.acceptPath.replace('/invitations/', '');
    const lineCount = lines.length;

    expect((await t.get(feedPath)).status).toBe(200);
    await t.get(`/s/${surveyToken}`);
    await t.get(`/invitations/${invitationToken}`);
    await t.get(`/downloads/standards.xlsx?token=${admin}`);
    await t.gql('mutation($p: String!) { login(email: "quality@demo.test", password: $p) { token } }', { p: 'wrong-but-secret-pw' });
    await t.gql('{ me { role } }', {}, admin);
    // A failing request (an error line with the request attached).
    await t.get(`/calendar/${feedPath.slice('/calendar/'.length, -4)}x.ics`);

    const logged = lines.slice(lineCount).join('\n');
    expect(lines.length - lineCount).toBeGreaterThan(6); // the requests were logged…
    expect(logged).toContain('/calendar/[redacted]'); // …with their URLs redacted
    expect(logged).toContain('/s/[redacted]');
    expect(logged).toContain('/invitations/[redacted]');
    for (const secret of [feedSecret, surveyToken.split('.')[1], invitationToken.split('.')[1], admin, 'wrong-but-secret-pw'])
      expect(logged).not.toContain(secret);
    // The whole test's output too (sign-ins, invitation), not only the probed requests.
    expect(lines.join('\n')).not.toContain(invitationToken.split('.')[1]);
  });

  it('redacts links with secrets, id.secret path segments and credential query parameters', () => {
    expect(redactUrl('/s/0f8fad5b-d9cb-469f-a165-70867728950e.abc123?x=1')).toBe('/s/[redacted]?x=1');
    expect(redactUrl('/calendar/0f8fad5b-d9cb-469f-a165-70867728950e.Zm9vYmFy.ics')).toBe('/calendar/[redacted]');
    expect(redactUrl('/other/0f8fad5b-d9cb-469f-a165-70867728950e.s3cr3t/x')).toBe(
      '/other/0f8fad5b-d9cb-469f-a165-70867728950e.[redacted]/x',
    );
    expect(redactUrl('/downloads/a.xlsx?projectId=7&token=abc&Access_Token=def')).toBe(
      '/downloads/a.xlsx?projectId=7&token=[redacted]&Access_Token=[redacted]',
    );
    expect(redactUrl('/projects/0f8fad5b-d9cb-469f-a165-70867728950e')).toBe('/projects/0f8fad5b-d9cb-469f-a165-70867728950e');
  });
});
