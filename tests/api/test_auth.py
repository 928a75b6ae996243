"""Logins, sessions, cookies, lockout, the per-address rate limit and password changes."""

import re
import unittest

import harness

MAX_FAILURES = 3


def cookie_token(reply):
    """The linli_session value a Set-Cookie header of `reply` sets, and the whole header."""
    for header in reply.headers.get_all("Set-Cookie") or []:
        m = re.match(r"linli_session=([^;]*)", header)
        if m:
            return m.group(1), header
    return None, None


class SessionTest(harness.ApiTestCase):
    @classmethod
    def setUpClass(cls):
        # A high per-address limit: every login of this class comes from 127.0.0.1.
        cls.srv = harness.Server(
            config={"security": {"login_max_failures": MAX_FAILURES,
                                 "login_per_ip_per_minute": 1000}},
            users=[("admin", "system_admin"), ("alice", "system_admin"),
                   ("bob", "system_admin"), ("carol", "system_admin")])
        cls.addClassCleanup(cls.srv.close)

    def login_reply(self, login, password=harness.DEFAULT_PASSWORD):
        return self.srv.request("POST", "/api/v1/session", {"login": login, "password": password})

    def test_login_returns_token_and_strict_http_only_cookie(self):
        r = self.login_reply("admin")
        body = self.assertStatus(r, 201)
        self.assertGreaterEqual(len(body["token"]), 32)
        self.assertEqual(body["account"]["login"], "admin")
        self.assertRegex(body["expires_at"], r"^\d{4}-\d\d-\d\dT")
        value, header = cookie_token(r)
        self.assertEqual(value, body["token"])
        attrs = [a.strip().lower() for a in header.split(";")[1:]]
        self.assertIn("httponly", attrs)
        self.assertIn("samesite=strict", attrs)
        self.assertIn("path=/", attrs)
        self.assertTrue(any(a.startswith("max-age=") and int(a[8:]) > 0 for a in attrs), header)

    def test_cookie_alone_authenticates(self):
        r = self.login_reply("admin")
        token, _ = cookie_token(r)
        me = self.srv.request("GET", "/api/v1/session",
                              headers={"Cookie": f"other=1; linli_session={token}"})
        self.assertEqual(self.assertStatus(me, 200)["account"]["login"], "admin")
        self.assertProblem(self.srv.request("GET", "/api/v1/session"), 401)

    def test_logout_ends_session_and_clears_cookie(self):
        token = self.srv.login("admin")
        other = self.srv.login("admin")
        r = self.srv.request("DELETE", "/api/v1/session", token=token)
        self.assertEqual(r.status, 204, r)
        value, header = cookie_token(r)
        self.assertEqual(value, "")
        self.assertIn("max-age=0", header.lower())
        self.assertProblem(self.srv.request("GET", "/api/v1/session", token=token), 401)
        self.assertProblem(self.srv.request("GET", "/api/v1/areas",
                                            headers={"Cookie": f"linli_session={token}"}), 401)
        self.assertProblem(self.srv.request("DELETE", "/api/v1/session", token=token), 401)
        # only that session ended
        self.assertStatus(self.srv.request("GET", "/api/v1/session", token=other), 200)

    def test_wrong_password_same_answer_as_unknown_login(self):
        wrong = self.login_reply("carol", "not the password")
        unknown = self.login_reply("nobody-at-all", "not the password")
        a = self.assertProblem(wrong, 401)
        b = self.assertProblem(unknown, 401)
        self.assertEqual(a["detail"], b["detail"])
        self.assertEqual(a["title"], b["title"])
        self.assertIsNone(cookie_token(wrong)[0])
        # one failure is not a lockout, and a good login resets the count
        self.assertStatus(self.login_reply("carol"), 201)

    def test_lockout_after_max_failures(self):
        before = self.srv.last_event_seq()
        for _ in range(MAX_FAILURES):
            self.assertProblem(self.login_reply("bob", "wrong password!"), 401)
        locked = self.login_reply("bob")  # the right password
        self.assertProblem(locked, 423)
        self.assertIsNone(cookie_token(locked)[0])
        self.assertNotIn("token", locked.body)
        # still locked, whatever is tried
        self.assertProblem(self.login_reply("bob", "wrong password!"), 423)
        self.assertProblem(self.login_reply("bob"), 423)
        rows = self.srv.query_db("SELECT action, summary FROM events WHERE seq > ?", (before,))
        self.assertIn("account.lock", [a for a, _ in rows])
        # the lock is the account's, not the address's
        self.assertStatus(self.login_reply("carol"), 201)

    def test_unknown_login_never_locked(self):
        for _ in range(MAX_FAILURES + 1):
            self.assertProblem(self.login_reply("ghost", "wrong password!"), 401)

    def test_password_change_ends_other_sessions(self):
        mine = self.srv.login("alice")
        other = self.srv.login("alice")
        new = "a brand new passphrase"
        r = self.srv.request("POST", "/api/v1/session/password",
                             {"current_password": "not it at all", "new_password": new},
                             token=mine)
        self.assertProblem(r, 400, "/current_password")
        r = self.srv.request("POST", "/api/v1/session/password",
                             {"current_password": harness.DEFAULT_PASSWORD, "new_password": "short"},
                             token=mine)
        self.assertProblem(r, 400, "/new_password")
        self.assertStatus(self.srv.request("GET", "/api/v1/session", token=other), 200)

        r = self.srv.request("POST", "/api/v1/session/password",
                             {"current_password": harness.DEFAULT_PASSWORD, "new_password": new},
                             token=mine)
        self.assertEqual(r.status, 204, r)
        self.assertProblem(self.srv.request("GET", "/api/v1/session", token=other), 401)
        self.assertStatus(self.srv.request("GET", "/api/v1/session", token=mine), 200)
        self.assertProblem(self.login_reply("alice"), 401)
        self.assertStatus(self.login_reply("alice", new), 201)
        events = [a for (a,) in self.srv.query_db("SELECT action FROM events")]
        self.assertIn("account.password_change", events)

    def test_garbage_credentials_401(self):
        cases = {
            "garbage bearer": {"Authorization": "Bearer garbage"},
            "long bearer": {"Authorization": "Bearer " + "x" * 500},
            "empty bearer": {"Authorization": "Bearer "},
            "basic auth": {"Authorization": "Basic YWRtaW46cGFzcw=="},
            "bearer with SQL": {"Authorization": "Bearer ' OR 1=1 --"},
            "garbage cookie": {"Cookie": "linli_session=garbage"},
            "empty cookie": {"Cookie": "linli_session="},
        }
        for name, headers in cases.items():
            with self.subTest(case=name):
                self.assertProblem(self.srv.request("GET", "/api/v1/session", headers=headers),
                                   401)
                self.assertProblem(self.srv.request("GET", "/api/v1/areas", headers=headers), 401)

    def test_token_is_exact(self):
        token = self.srv.login("admin")
        for bad in (token[:-1], token + "x", token.upper() if token != token.upper() else
                    token.lower()):
            with self.subTest(token=bad):
                self.assertProblem(self.srv.request("GET", "/api/v1/session", token=bad), 401)

    def test_no_secret_in_the_log(self):
        token = self.srv.login("carol")
        self.srv.request("GET", "/api/v1/session", token=token)
        log = self.srv.log_bytes()
        self.assertNotIn(token.encode(), log)
        self.assertNotIn(harness.DEFAULT_PASSWORD.encode(), log)


class RateLimitTest(harness.ApiTestCase):
    PER_MINUTE = 3

    @classmethod
    def setUpClass(cls):
        cls.srv = harness.Server(config={"security": {"login_per_ip_per_minute": cls.PER_MINUTE}},
                                 users=[("admin", "system_admin")])
        cls.addClassCleanup(cls.srv.close)

    def test_per_address_limit_429(self):
        body = {"login": "admin", "password": "wrong password!"}
        for _ in range(self.PER_MINUTE - 1):
            self.assertProblem(self.srv.request("POST", "/api/v1/session", body), 401)
        self.assertStatus(self.srv.request("POST", "/api/v1/session",
                                           {"login": "admin",
                                            "password": harness.DEFAULT_PASSWORD}), 201)
        for password in ("wrong password!", harness.DEFAULT_PASSWORD):
            r = self.srv.request("POST", "/api/v1/session", {"login": "admin", "password": password})
            self.assertProblem(r, 429)
            self.assertIsNone(cookie_token(r)[0])
        # other routes are not limited
        self.assertStatus(self.srv.request("GET", "/healthz"), 200)


if __name__ == "__main__":
    unittest.main()
