"""Disclosures (社区事项公开): staff publish government affairs, community affairs and finances in
a community or an area above it; residents read what their community and the areas above it
publish, newest first; an item is withdrawn with a reason and never deleted.

Fixture: a tree with two communities (a, b), a household in grid a; staff of each community, a
subdistrict admin, a resident of the household in community a, a grid worker of grid a.
"""

import unittest

import harness


class DisclosuresTest(harness.ApiTestCase):
    @classmethod
    def setUpClass(cls):
        cls.srv = harness.Server(users=[("admin", "system_admin")])
        cls.addClassCleanup(cls.srv.close)
        srv = cls.srv
        cls.admin = srv.login("admin")
        cls.t = srv.create_tree(cls.admin)
        cls.home = srv.create_area(cls.admin, "household", parent=cls.t["grid_a"]["id"])
        srv.add_user("staff.a", "staff", area=cls.t["community_a"]["id"])
        srv.add_user("staff.b", "staff", area=cls.t["community_b"]["id"])
        srv.add_user("sub.admin", "subdistrict_admin", area=cls.t["subdistrict"]["id"])
        srv.add_user("resident.a", "resident", area=cls.home["id"])
        srv.add_user("grid.a", "grid_worker", area=cls.t["grid_a"]["id"])
        cls.staff_a = srv.login("staff.a")
        cls.staff_b = srv.login("staff.b")
        cls.sub = srv.login("sub.admin")
        cls.resident = srv.login("resident.a")
        cls.grid = srv.login("grid.a")

    def publish(self, token=None, **fields):
        body = {"area_id": self.t["community_a"]["id"], "category": "affairs", "mode": "ad_hoc",
                "title": harness.unique("notice"), "body": "周六上午九点\n小区停水检修"}
        body.update(fields)
        return self.srv.request("POST", "/api/v1/disclosures", body, token=token or self.staff_a)

    def titles(self, token, **query):
        q = "&".join(f"{k}={v}" for k, v in query.items())
        r = self.srv.request("GET", "/api/v1/disclosures" + (f"?{q}" if q else ""), token=token)
        return [d["title"] for d in self.assertStatus(r, 200)["items"]]

    def test_a_notice_reaches_the_residents_of_its_community_only(self):
        before = self.srv.event_count()
        d = self.assertStatus(self.publish(), 201)
        self.assertEqual(d["state"], "published")
        self.assertEqual(d["published_by"], "staff.a")
        self.assertIsNone(d["period"])
        self.assertEqual(d["area"]["id"], self.t["community_a"]["id"])
        self.assertEqual(self.srv.event_count(), before + 1)
        rows = self.srv.query_db(
            "SELECT action, subject_id FROM events WHERE action = 'disclosure.publish'"
            " AND subject_id = ?", (d["id"],))
        self.assertEqual(len(rows), 1)
        self.assertIn(d["title"], self.titles(self.resident))
        self.assertIn(d["title"], self.titles(self.grid))
        self.assertNotIn(d["title"], self.titles(self.staff_b))
        self.assertStatus(self.srv.request("GET", f"/api/v1/disclosures/{d['id']}",
                                           token=self.resident), 200)
        self.assertProblem(self.srv.request("GET", f"/api/v1/disclosures/{d['id']}",
                                            token=self.staff_b), 404)

    def test_items_above_reach_every_community_below_newest_first(self):
        first = self.assertStatus(self.publish(area_id=self.t["community_a"]["id"]), 201)
        second = self.assertStatus(
            self.publish(token=self.sub, area_id=self.t["subdistrict"]["id"],
                         category="government", title=harness.unique("policy")), 201)
        mine = self.titles(self.resident)
        self.assertLess(mine.index(second["title"]), mine.index(first["title"]))
        self.assertIn(second["title"], self.titles(self.staff_b))
        self.assertNotIn(first["title"], self.titles(self.staff_b))
        # Filters and paging.
        gov = self.titles(self.resident, category="government")
        self.assertIn(second["title"], gov)
        self.assertNotIn(first["title"], gov)
        r = self.srv.request("GET", "/api/v1/disclosures?per_page=1&page=1", token=self.resident)
        page = self.assertStatus(r, 200)
        self.assertEqual(len(page["items"]), 1)
        self.assertGreaterEqual(page["total"], 2)

    def test_finances_by_the_month_or_quarter(self):
        d = self.assertStatus(self.publish(category="finance", mode="periodic", period="2026-Q3",
                                           title=harness.unique("finance")), 201)
        self.assertEqual((d["period_from"], d["period_to"]), ("2026-07-01", "2026-09-30"))
        m = self.assertStatus(self.publish(category="finance", mode="periodic", period="2026-10"),
                              201)
        self.assertEqual(m["period_to"], "2026-10-31")
        self.assertProblem(self.publish(category="finance", mode="ad_hoc"), 422, "/mode")
        self.assertProblem(self.publish(category="finance", mode="periodic", period="2026"), 422,
                           "/period")
        self.assertProblem(self.publish(mode="periodic"), 422, "/period")
        self.assertProblem(self.publish(mode="ad_hoc", period="2026-10"), 422, "/period")
        self.assertProblem(self.publish(mode="periodic", period="2026-13"), 400, "/period")
        h = self.assertStatus(self.publish(mode="periodic", period="2026-H2"), 201)
        self.assertEqual(h["period_from"], "2026-07-01")

    def test_withdraw_with_a_reason_never_delete(self):
        d = self.assertStatus(self.publish(), 201)
        path = f"/api/v1/disclosures/{d['id']}/withdraw"
        self.assertProblem(self.srv.request("POST", path, {}, token=self.staff_a), 400, "/reason")
        self.assertProblem(self.srv.request("POST", path, {"reason": "x"}, token=self.resident),
                           403)
        self.assertProblem(self.srv.request("POST", path, {"reason": "x"}, token=self.staff_b),
                           404)
        w = self.assertStatus(self.srv.request("POST", path, {"reason": "时间改了"},
                                               token=self.staff_a), 200)
        self.assertEqual((w["state"], w["withdraw_reason"], w["withdrawn_by"]),
                         ("withdrawn", "时间改了", "staff.a"))
        self.assertProblem(self.srv.request("POST", path, {"reason": "again"},
                                            token=self.staff_a), 409)
        self.assertNotIn(d["title"], self.titles(self.resident))
        self.assertProblem(self.srv.request("GET", f"/api/v1/disclosures/{d['id']}",
                                            token=self.resident), 404)
        self.assertIn(d["title"], self.titles(self.staff_a, state="withdrawn"))
        self.assertNotIn(d["title"], self.titles(self.resident, state="withdrawn"))
        rows = self.srv.query_db("SELECT state FROM disclosures WHERE id = ?", (d["id"],))
        self.assertEqual(rows, [("withdrawn",)])
        ev = self.srv.query_db("SELECT count(*) FROM events WHERE action = 'disclosure.withdraw'"
                               " AND subject_id = ?", (d["id"],))
        self.assertEqual(ev[0][0], 1)

    def test_who_may_publish_where(self):
        self.assertProblem(self.publish(token=self.resident), 403)
        self.assertProblem(self.publish(token=self.grid), 403)
        self.assertProblem(self.publish(token=self.staff_b), 404, "/area_id")
        self.assertProblem(self.publish(area_id=self.t["grid_a"]["id"]), 422, "/area_id")
        self.assertProblem(self.publish(token=self.staff_a, area_id=self.t["subdistrict"]["id"]),
                           403)
        self.assertProblem(self.publish(area_id=999999), 404, "/area_id")

    def test_bad_input_names_the_field(self):
        self.assertProblem(self.publish(category="news"), 400, "/category")
        self.assertProblem(self.publish(mode="weekly"), 400, "/mode")
        self.assertProblem(self.publish(title=""), 400, "/title")
        self.assertProblem(self.publish(title="x" * 201), 400, "/title")
        self.assertProblem(self.publish(body=""), 400, "/body")
        self.assertProblem(self.publish(extra=1), 400, "/extra")
        r = self.srv.request("GET", "/api/v1/disclosures?category=news", token=self.resident)
        self.assertProblem(r, 400, "?category")
        r = self.srv.request("GET", "/api/v1/disclosures?area_id=999999", token=self.resident)
        self.assertProblem(r, 400, "?area_id")
        r = self.srv.request("GET", "/api/v1/disclosures", token=None)
        self.assertProblem(r, 401)


if __name__ == "__main__":
    unittest.main()
