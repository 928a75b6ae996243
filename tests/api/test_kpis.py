"""Appeal KPIs (GET /api/v1/kpis/appeals): figures kept incrementally, checked against an
independent recomputation from the appeals and their timelines, each figure's links listing
exactly the appeals it counts, the scope of the readers, and `linli verify` naming a counter
edited behind the server's back.

Fixture: the demo data, with the appeals categories of test_appeals.py plus "test_fast_site"
(accept in 60 s, on site in 1 s) so a late arrival happens within the test. The appeals are
raised by resident.lingfeng at their household and worked by staff.lingfeng and grid.lingfeng.
"""

import time
import unittest
import urllib.parse

import harness

CATEGORIES = [
    {"code": "small_matter", "name": "小事急办", "accept_s": 300, "on_site_s": 600,
     "resolve_s": 1800},
    {"code": "ordinary", "name": "一般诉求", "accept_s": 3600, "resolve_s": 86400},
    {"code": "test_fast", "name": "测试", "accept_s": 1, "resolve_s": 2},
    {"code": "test_fast_site", "name": "测试到场", "accept_s": 60, "on_site_s": 1,
     "resolve_s": 600},
]

OPEN = "('received', 'accepted', 'dispatched', 'taken', 'on_site', 'escalated')"
# The definitions of kpi.h written again, independently, over the appeals and their steps.
RECOMPUTE = {
    "received": "1",
    "responded_in_time": "EXISTS (SELECT 1 FROM appeal_steps s WHERE s.appeal_id = a.id"
                         " AND s.step NOT IN ('raise', 'supervise') AND s.from_state = 'received'"
                         " AND (a.accept_by IS NULL OR s.at <= a.accept_by))",
    "on_site_clocked": "a.on_site_by IS NOT NULL",
    "on_site_in_time": "a.on_site_by IS NOT NULL AND (SELECT min(at) FROM appeal_steps s"
                       " WHERE s.appeal_id = a.id AND s.step = 'arrive') <= a.on_site_by",
    "resolution_base": "a.state NOT IN ('referred', 'merged')",
    "resolved": "a.state IN ('resolved', 'followed_up', 'closed')",
    "rated": "a.rating IS NOT NULL",
    "satisfied": "a.rating = 'satisfied'",
    "basically_satisfied": "a.rating = 'basically_satisfied'",
    "not_satisfied": "a.rating = 'not_satisfied'",
    "satisfied_or_basically": "a.rating IN ('satisfied', 'basically_satisfied')",
    "overdue_open": f"a.state IN {OPEN} AND a.overdue_at IS NOT NULL",
}


def setUpModule():
    harness.start_shared(demo=True, config={"appeals": {"follow_up_days": 0,
                                                        "categories": CATEGORIES}})


def tearDownModule():
    harness.stop_shared()


class KpisTest(harness.ApiTestCase):
    @classmethod
    def setUpClass(cls):
        srv = cls.srv = harness.shared()
        pw = harness.DEMO_PASSWORD
        cls.staff = srv.login("staff.lingfeng", pw)
        cls.grid = srv.login("grid.lingfeng", pw)
        cls.resident = srv.login("resident.lingfeng", pw)
        cls.sub = srv.login("subdistrict.babu", pw)
        cls.district = srv.login("district.babu", pw)
        cls.community = cls.area_of("staff.lingfeng")
        cls.subdistrict = cls.area_of("subdistrict.babu")
        cls.district_id = cls.area_of("district.babu")
        cls.household = cls.area_of("resident.lingfeng")
        cls.grid_person = srv.query_db("SELECT person_id FROM accounts WHERE login = ?",
                                       ("grid.lingfeng",))[0][0]
        cls.walk()

    @classmethod
    def area_of(cls, login):
        return cls.srv.query_db("SELECT r.area_id FROM role_grants r JOIN accounts ac"
                                " ON ac.person_id = r.person_id WHERE ac.login = ?",
                                (login,))[0][0]

    # ----- the appeals behind the figures --------------------------------------------------

    @classmethod
    def raise_(cls, category="ordinary"):
        r = cls.srv.request("POST", "/api/v1/appeals",
                            {"channel": "online", "category": category, "description": "楼道灯坏了",
                             "area_id": cls.household}, token=cls.resident)
        assert r.status == 201, r
        return r.body["id"]

    @classmethod
    def step(cls, appeal_id, step, body=None, token=None):
        r = cls.srv.request("POST", f"/api/v1/appeals/{appeal_id}/{step}", body or {},
                            token=token or cls.staff)
        assert r.status == 200, (step, r)

    @classmethod
    def worked(cls, category="ordinary", arrive=True, late_arrival=False):
        i = cls.raise_(category)
        cls.step(i, "accept")
        cls.step(i, "dispatch", {"assignee_id": cls.grid_person})
        cls.step(i, "take", token=cls.grid)
        if late_arrival:
            time.sleep(1.2)
        if arrive:
            cls.step(i, "arrive", token=cls.grid)
        return i

    @classmethod
    def walk(cls):
        """Every path: closed satisfied, rated basically, reopened after a bad rating, referred,
        merged, closed unresolved, answered late and overdue, untouched, on site late."""
        a = cls.worked("small_matter")
        cls.step(a, "resolve", {"result": "已修好"}, token=cls.grid)
        cls.step(a, "follow_up", {"rating": "satisfied"}, token=cls.resident)
        cls.step(a, "close")
        b = cls.worked(arrive=False)
        cls.step(b, "resolve", {"result": "已处理"}, token=cls.grid)
        cls.step(b, "follow_up", {"rating": "basically_satisfied"}, token=cls.resident)
        c = cls.worked(arrive=False)
        cls.step(c, "resolve", {"result": "已处理"}, token=cls.grid)
        cls.step(c, "follow_up", {"rating": "not_satisfied"}, token=cls.resident)
        cls.step(cls.raise_(), "refer", {"to": "供电公司", "reason": "不属社区职责"})
        cls.step(cls.raise_(), "merge", {"into": c})
        cls.step(cls.raise_(), "close_unresolved", {"reason": "无法联系"})
        late = cls.raise_("test_fast")
        time.sleep(1.2)
        cls.step(late, "accept")
        cls.raise_()
        cls.worked("test_fast_site", late_arrival=True)
        time.sleep(1.5)  # the scheduler raises test_fast's missed resolve clock

    # ----- helpers -------------------------------------------------------------------------

    def kpis(self, area, token=None, **query):
        return self.srv.request("GET", "/api/v1/kpis/appeals", token=token or self.staff,
                                query={"area": area, **query})

    def recomputed(self, area):
        path = self.srv.query_db("SELECT path FROM areas WHERE id = ?", (area,))[0][0]
        out = {}
        for name, cond in RECOMPUTE.items():
            out[name] = self.srv.query_db(
                f"SELECT count(*) FROM appeals a WHERE a.area_path LIKE ? AND ({cond})",
                (path + "%",))[0][0]
        out["overdue"] = self.srv.query_db(
            f"SELECT count(*) FROM appeals a WHERE a.area_path LIKE ? AND a.state IN {OPEN}"
            " AND a.overdue_at IS NOT NULL", (path + "%",))[0][0]
        return out

    def listed(self, url, token):
        parsed = urllib.parse.urlsplit(url)
        query = dict(urllib.parse.parse_qsl(parsed.query))
        body = self.assertStatus(self.srv.request("GET", parsed.path, token=token,
                                                  query={**query, "per_page": 200}), 200)
        return body["total"]

    # ----- tests ---------------------------------------------------------------------------

    def test_figures_match_recomputation_at_every_level(self):
        for area, token in ((self.household, self.staff), (self.community, self.staff),
                            (self.subdistrict, self.sub), (self.district_id, self.district)):
            with self.subTest(area=area):
                k = self.assertStatus(self.kpis(area, token=token), 200)
                e = self.recomputed(area)
                self.assertEqual(k["received"]["count"], e["received"])
                self.assertEqual((k["response_rate"]["numerator"],
                                  k["response_rate"]["denominator"]),
                                 (e["responded_in_time"], e["received"]))
                self.assertEqual((k["on_site_in_time"]["numerator"],
                                  k["on_site_in_time"]["denominator"]),
                                 (e["on_site_in_time"], e["on_site_clocked"]))
                self.assertEqual((k["resolution_rate"]["numerator"],
                                  k["resolution_rate"]["denominator"]),
                                 (e["resolved"], e["resolution_base"]))
                s = k["satisfaction_rate"]
                self.assertEqual((s["numerator"], s["denominator"]),
                                 (e["satisfied_or_basically"], e["rated"]))
                self.assertEqual((s["satisfied"], s["basically_satisfied"], s["not_satisfied"]),
                                 (e["satisfied"], e["basically_satisfied"], e["not_satisfied"]))
                self.assertEqual(k["overdue_now"]["count"], e["overdue"])

    def test_the_walk_gives_the_expected_figures(self):
        k = self.assertStatus(self.kpis(self.household), 200)
        self.assertEqual(k["received"]["count"], 9)
        # All answered but test_fast (accepted after its 1 s clock).
        self.assertEqual((k["response_rate"]["numerator"], k["response_rate"]["denominator"]),
                         (7, 9))
        # small_matter arrived in time; test_fast_site arrived late.
        self.assertEqual((k["on_site_in_time"]["numerator"],
                          k["on_site_in_time"]["denominator"]), (1, 2))
        # Resolved: closed and basically satisfied; out of 9 less referred and merged.
        self.assertEqual((k["resolution_rate"]["numerator"],
                          k["resolution_rate"]["denominator"]), (2, 7))
        s = k["satisfaction_rate"]
        self.assertEqual((s["numerator"], s["denominator"]), (2, 3))
        self.assertAlmostEqual(s["rate"], 2 / 3)
        self.assertAlmostEqual(s["strict_rate"], 1 / 3)
        # Still open with a clock missed: test_fast (accepted late) and test_fast_site (on site
        # late).
        self.assertEqual(k["overdue_now"]["count"], 2)

    def test_period_bounds_the_cohort(self):
        today = time.strftime("%Y-%m-%d", time.gmtime(time.time() + 8 * 3600))
        far = "2099-01-01"
        k = self.assertStatus(self.kpis(self.community, **{"from": far, "to": far}), 200)
        self.assertEqual(k["received"]["count"], 0)
        self.assertIsNone(k["response_rate"]["rate"])
        k = self.assertStatus(self.kpis(self.community, **{"from": "2020-01-01", "to": today}),
                              200)
        self.assertEqual(k["received"]["count"], self.recomputed(self.community)["received"])
        self.assertIn(f"to={today}", k["received"]["links"]["appeals"])

    def test_any_period_sums_whole_months_and_edge_days_alike(self):
        # Every appeal here was received today: any period that contains today counts them all,
        # whether it is summed from month rows, day rows or both; one that does not counts none.
        now = time.time() + 8 * 3600
        today = time.strftime("%Y-%m-%d", time.gmtime(now))
        tomorrow = time.strftime("%Y-%m-%d", time.gmtime(now + 86400))
        yesterday = time.strftime("%Y-%m-%d", time.gmtime(now - 86400))
        first = today[:8] + "01"
        all_of = self.recomputed(self.community)["received"]
        self.assertGreater(all_of, 0)
        for lo, hi, want in ((today, today, all_of), (first, today, all_of),
                             ("2020-01-15", "2099-12-20", all_of), ("2020-01-01", "2099-12-31", all_of),
                             (yesterday, tomorrow, all_of), (tomorrow, "2099-01-01", 0),
                             ("2020-01-15", yesterday, 0), (first, None, all_of), (None, today, all_of)):
            query = {k: v for k, v in (("from", lo), ("to", hi)) if v}
            k = self.assertStatus(self.kpis(self.community, **query), 200)
            self.assertEqual(k["received"]["count"], want, query)
            self.assertLessEqual(k["resolution_rate"]["numerator"], k["received"]["count"], query)

    def test_links_list_exactly_the_appeals_counted(self):
        for area, token in ((self.community, self.staff), (self.district_id, self.district)):
            k = self.assertStatus(self.kpis(area, token=token), 200)
            self.assertEqual(self.listed(k["received"]["links"]["appeals"], token),
                             k["received"]["count"])
            self.assertEqual(self.listed(k["overdue_now"]["links"]["appeals"], token),
                             k["overdue_now"]["count"])
            for name in ("response_rate", "on_site_in_time", "resolution_rate",
                         "satisfaction_rate"):
                f = k[name]
                with self.subTest(area=area, figure=name):
                    self.assertEqual(self.listed(f["links"]["numerator"], token), f["numerator"])
                    self.assertEqual(self.listed(f["links"]["denominator"], token),
                                     f["denominator"])
            s = k["satisfaction_rate"]
            for rating in ("satisfied", "basically_satisfied", "not_satisfied"):
                self.assertEqual(self.listed(s["links"][rating], token), s[rating])

    def test_scope(self):
        self.assertProblem(self.kpis(self.community, token=self.resident), 403)
        self.assertProblem(self.kpis(self.district_id), 404, "?area")  # above the staff's area
        self.assertProblem(self.kpis(999999999, token=self.district), 404, "?area")
        self.assertStatus(self.kpis(self.area_of("grid.lingfeng"), token=self.grid), 200)
        self.assertProblem(self.kpis(self.community, token=self.grid), 404, "?area")
        self.assertStatus(self.kpis(self.community, token=self.sub), 200)
        self.assertProblem(self.srv.request("GET", "/api/v1/kpis/appeals", token=self.staff),
                           400, "?area")
        self.assertProblem(self.kpis(self.community, **{"from": "May 1"}), 400, "?from")
        self.assertProblem(self.kpis(self.community, **{"from": "2026-05-02", "to": "2026-05-01"}),
                           400, "?to")
        self.assertProblem(self.kpis(self.community, extra="1"), 400)
        self.assertProblem(self.srv.request("GET", "/api/v1/kpis/appeals",
                                            query={"area": self.community}), 401)

    def test_overdue_now_follows_the_scheduler_and_the_steps(self):
        # Two appeals at the grid (above the household of the walk, whose figures stay as they
        # are) miss their 1 s accept clock; the scheduler raises them and "overdue now" of the
        # community, subdistrict and district counts them. Resolved or referred, they leave it.
        levels = ((self.community, self.staff), (self.subdistrict, self.sub),
                  (self.district_id, self.district))

        def overdue_now():
            return [self.assertStatus(self.kpis(a, token=t), 200)["overdue_now"]["count"]
                    for a, t in levels]

        grid = self.area_of("grid.lingfeng")
        resident = self.srv.query_db("SELECT person_id FROM accounts WHERE login = ?",
                                     ("resident.lingfeng",))[0][0]
        before = overdue_now()
        ids = []
        for _ in range(2):
            r = self.srv.request("POST", "/api/v1/appeals",
                                 {"channel": "desk", "category": "test_fast",
                                  "description": "路灯不亮", "area_id": grid,
                                  "resident_id": resident}, token=self.staff)
            ids.append(self.assertStatus(r, 201)["id"])
        resolved, referred = ids
        marks = ",".join("?" * len(ids))
        deadline = time.time() + 15
        while self.srv.query_db(f"SELECT count(*) FROM appeals WHERE id IN ({marks})"
                                " AND overdue_at IS NOT NULL", tuple(ids))[0][0] < len(ids):
            self.assertLess(time.time(), deadline, "the scheduler did not raise the clocks")
            time.sleep(0.2)
        self.assertEqual(overdue_now(), [n + 2 for n in before])
        for area, token in levels:  # the list of the cohort set over every period agrees
            total = self.listed(f"/api/v1/appeals?area_id={area}&kpi=overdue_open", token)
            k = self.assertStatus(self.kpis(area, token=token), 200)
            self.assertEqual(total, k["overdue_now"]["count"], area)
        self.step(resolved, "accept")  # still open: still overdue
        self.assertEqual(overdue_now(), [n + 2 for n in before])
        self.step(resolved, "dispatch", {"assignee_id": self.grid_person})
        self.step(resolved, "take", token=self.grid)
        self.step(resolved, "resolve", {"result": "已修好"}, token=self.grid)
        self.assertEqual(overdue_now(), [n + 1 for n in before])
        self.step(referred, "refer", {"to": "供电公司", "reason": "路灯归供电公司"})
        self.assertEqual(overdue_now(), before)
        code, out = self.srv.verify()
        self.assertEqual(code, 0, out)
        self.assertIn("KPI counters match", out)

    def test_verify_names_a_counter_edited_behind_the_server(self):
        code, out = self.srv.verify()
        self.assertEqual(code, 0, out)
        self.assertIn("KPI counters match", out)
        day = self.srv.query_db("SELECT day FROM appeal_kpi_days WHERE area_id = ?"
                                " AND received > 0 LIMIT 1", (self.community,))[0][0]
        month = day[:7]
        on_day = f"area_id = {self.community} AND day = '{day}'"
        in_month = f"area_id = {self.community} AND month = '{month}'"
        self.srv.sqlite_shell(f"UPDATE appeal_kpi_days SET received = received + 5 WHERE {on_day}")
        self.srv.sqlite_shell(f"UPDATE appeal_kpi_months SET rated = rated - 1,"
                              f" overdue_open = overdue_open + 1 WHERE {in_month}")
        try:
            code, out = self.srv.verify()
            self.assertNotEqual(code, 0, out)
            self.assertIn(f"area {self.community} day {day} metric received", out)
            self.assertIn(f"area {self.community} month {month} metric rated", out)
            self.assertIn(f"area {self.community} month {month} metric overdue_open", out)
        finally:
            self.srv.sqlite_shell(
                f"UPDATE appeal_kpi_days SET received = received - 5 WHERE {on_day}")
            self.srv.sqlite_shell(f"UPDATE appeal_kpi_months SET rated = rated + 1,"
                                  f" overdue_open = overdue_open - 1 WHERE {in_month}")
        code, out = self.srv.verify()
        self.assertEqual(code, 0, out)


if __name__ == "__main__":
    unittest.main()
