"""The area tree: creation, paths and depths, moves, kind and name rules, and scope."""

import unittest

import harness

SQUARE = {"type": "Polygon",
          "coordinates": [[[111.5, 24.4], [111.6, 24.4], [111.6, 24.5], [111.5, 24.4]]]}


class AreaTreeTest(harness.ApiTestCase):
    @classmethod
    def setUpClass(cls):
        cls.srv = harness.Server(users=[("admin", "system_admin")])
        cls.addClassCleanup(cls.srv.close)
        cls.admin = cls.srv.login("admin")

    def area(self, kind, name=None, parent=None, **fields):
        return self.srv.create_area(self.admin, kind, name, parent, **fields)

    def get(self, area_id):
        return self.assertStatus(
            self.srv.request("GET", f"/api/v1/areas/{area_id}", token=self.admin), 200)

    def chain(self):
        """city > district > subdistrict > community > grid > estate > building."""
        out = [self.area("city")]
        for kind in ("district", "subdistrict", "community", "grid", "estate", "building"):
            out.append(self.area(kind, parent=out[-1]["id"]))
        return out

    def test_create_paths_and_depths(self):
        chain = self.chain()
        path = "/"
        for depth, a in enumerate(chain):
            path += f"{a['id']}/"
            self.assertEqual(a["path"], path)
            self.assertEqual(a["depth"], depth)
            self.assertEqual(a["parent_id"], chain[depth - 1]["id"] if depth else None)
        got = self.get(chain[-1]["id"])
        self.assertEqual([x["id"] for x in got["ancestors"]], [a["id"] for a in chain[:-1]])
        self.assertEqual(got["ancestors"][0]["kind"], "city")

    def test_code_and_geometry(self):
        a = self.area("city", code="451100", geometry=SQUARE)
        self.assertEqual(a["code"], "451100")
        self.assertEqual(a["geometry"], SQUARE)
        r = self.srv.request("PATCH", f"/api/v1/areas/{a['id']}", {"geometry": None},
                             token=self.admin)
        self.assertIsNone(self.assertStatus(r, 200)["geometry"])
        open_ring = {"type": "Polygon", "coordinates": [[[1, 1], [2, 1], [2, 2], [1, 2]]]}
        r = self.srv.request("POST", "/api/v1/areas",
                             {"kind": "city", "name": harness.unique(), "geometry": open_ring},
                             token=self.admin)
        self.assertProblem(r, 400, "/geometry")

    def test_move_subtree_updates_descendants(self):
        city = self.area("city")
        d1 = self.area("district", parent=city["id"])
        d2 = self.area("district", parent=city["id"])
        sub = self.area("subdistrict", parent=d1["id"])
        comm = self.area("community", parent=sub["id"])
        grid = self.area("grid", parent=comm["id"])
        before = self.srv.last_event_seq()
        r = self.srv.request("POST", f"/api/v1/areas/{sub['id']}/move", {"parent_id": d2["id"]},
                             token=self.admin)
        moved = self.assertStatus(r, 200)
        self.assertEqual(moved["parent_id"], d2["id"])
        self.assertEqual(moved["path"], f"{d2['path']}{sub['id']}/")
        self.assertEqual(self.get(comm["id"])["path"], f"{moved['path']}{comm['id']}/")
        self.assertEqual(self.get(grid["id"])["path"], f"{moved['path']}{comm['id']}/{grid['id']}/")
        self.assertEqual(self.get(grid["id"])["depth"], grid["depth"])
        r = self.srv.request("GET", f"/api/v1/areas/{d1['id']}/subtree", token=self.admin)
        self.assertEqual([a["id"] for a in self.assertStatus(r, 200)["items"]], [d1["id"]])
        r = self.srv.request("GET", f"/api/v1/areas/{d2['id']}/subtree", token=self.admin)
        self.assertEqual([a["id"] for a in self.assertStatus(r, 200)["items"]],
                         [d2["id"], sub["id"], comm["id"], grid["id"]])
        actions = [a for (a,) in self.srv.query_db(
            "SELECT action FROM events WHERE seq > ?", (before,))]
        self.assertEqual(actions, ["area.move"])

    def test_move_to_a_shallower_level(self):
        # A grid placed straight under a district moves under a community: deeper by two.
        city = self.area("city")
        d = self.area("district", parent=city["id"])
        s = self.area("subdistrict", parent=d["id"])
        c = self.area("community", parent=s["id"])
        g = self.area("grid", parent=d["id"])
        e = self.area("estate", parent=g["id"])
        r = self.srv.request("POST", f"/api/v1/areas/{g['id']}/move", {"parent_id": c["id"]},
                             token=self.admin)
        self.assertEqual(self.assertStatus(r, 200)["depth"], 4)
        self.assertEqual(self.get(e["id"])["depth"], 5)
        self.assertEqual(self.get(e["id"])["path"], f"{c['path']}{g['id']}/{e['id']}/")

    def test_cannot_move_under_itself_or_a_descendant(self):
        chain = self.chain()
        sub = chain[2]
        before = self.srv.last_event_seq()
        for target in (sub, chain[3], chain[5]):
            with self.subTest(target=target["kind"]):
                r = self.srv.request("POST", f"/api/v1/areas/{sub['id']}/move",
                                     {"parent_id": target["id"]}, token=self.admin)
                self.assertProblem(r, 422, "/parent_id")
        self.assertEqual(self.get(sub["id"])["path"], sub["path"])
        self.assertEqual(self.srv.last_event_seq(), before)

    def test_kind_rules(self):
        chain = self.chain()
        community = chain[3]
        cases = [
            ({"kind": "district", "parent_id": community["id"]}, 422, "/kind"),
            ({"kind": "community", "parent_id": community["id"]}, 422, "/kind"),
            ({"kind": "city", "parent_id": chain[0]["id"]}, 422, "/kind"),
            ({"kind": "grid"}, 422, "/parent_id"),
            ({"kind": "grid", "parent_id": 999999}, 404, "/parent_id"),
        ]
        for body, status, pointer in cases:
            with self.subTest(body=body):
                r = self.srv.request("POST", "/api/v1/areas", {"name": harness.unique(), **body},
                                     token=self.admin)
                self.assertProblem(r, status, pointer)
        # a move must keep the order of kinds too
        r = self.srv.request("POST", f"/api/v1/areas/{chain[2]['id']}/move",
                             {"parent_id": self.chain()[4]["id"]}, token=self.admin)
        self.assertProblem(r, 422, "/parent_id")
        # skipping levels downward is allowed: a grid straight under a district
        self.area("grid", parent=chain[1]["id"])

    def test_sibling_name_conflict_409(self):
        city = self.area("city")
        a = self.area("district", "东城区", city["id"])
        b = self.area("district", "西城区", city["id"])
        r = self.srv.request("POST", "/api/v1/areas",
                             {"kind": "district", "name": "东城区", "parent_id": city["id"]},
                             token=self.admin)
        self.assertProblem(r, 409, "/name")
        r = self.srv.request("PATCH", f"/api/v1/areas/{b['id']}", {"name": "东城区"},
                             token=self.admin)
        self.assertProblem(r, 409, "/name")
        # the same name under another parent is fine, and so is a rename to a free name
        self.area("subdistrict", "东城区", a["id"])
        r = self.srv.request("PATCH", f"/api/v1/areas/{b['id']}", {"name": "北城区"},
                             token=self.admin)
        self.assertEqual(self.assertStatus(r, 200)["name"], "北城区")
        # a move into a parent that already has a child of that name
        other = self.area("city")
        self.area("district", "东城区", other["id"])
        r = self.srv.request("POST", f"/api/v1/areas/{a['id']}/move", {"parent_id": other["id"]},
                             token=self.admin)
        self.assertProblem(r, 409, "/name")

    def test_subtree_depth(self):
        chain = self.chain()
        root = chain[0]["id"]
        for depth, expected in ((0, 1), (1, 2), (3, 4), (20, 7)):
            with self.subTest(depth=depth):
                r = self.srv.request("GET", f"/api/v1/areas/{root}/subtree",
                                     query={"depth": str(depth)}, token=self.admin)
                body = self.assertStatus(r, 200)
                self.assertEqual([a["id"] for a in body["items"]],
                                 [a["id"] for a in chain[:expected]])
                self.assertFalse(body["truncated"])

    def test_list_filters_and_pages(self):
        city = self.area("city")
        kids = [self.area("district", f"区{i:02d}", city["id"]) for i in range(5)]
        r = self.srv.request("GET", "/api/v1/areas", token=self.admin,
                             query={"parent_id": city["id"], "per_page": 2, "page": 2})
        body = self.assertStatus(r, 200)
        self.assertEqual(body["total"], 5)
        self.assertEqual([a["id"] for a in body["items"]], [k["id"] for k in kids[2:4]])
        r = self.srv.request("GET", "/api/v1/areas", token=self.admin,
                             query={"parent_id": city["id"], "page": 4, "per_page": 2})
        self.assertEqual(self.assertStatus(r, 200)["items"], [])
        r = self.srv.request("GET", "/api/v1/areas", token=self.admin,
                             query={"parent_id": city["id"], "q": "区03"})
        self.assertEqual([a["id"] for a in self.assertStatus(r, 200)["items"]], [kids[3]["id"]])

    def test_missing_area_404(self):
        self.assertProblem(self.srv.request("GET", "/api/v1/areas/987654", token=self.admin), 404)
        r = self.srv.request("PATCH", "/api/v1/areas/987654", {"name": "x"}, token=self.admin)
        self.assertProblem(r, 404)


class AreaScopeTest(harness.ApiTestCase):
    """A staff member granted on community A neither sees nor changes community B."""

    @classmethod
    def setUpClass(cls):
        cls.srv = harness.Server(users=[("admin", "system_admin")])
        cls.addClassCleanup(cls.srv.close)
        cls.admin = cls.srv.login("admin")
        cls.t = cls.srv.create_tree(cls.admin, "Scope")
        cls.estate_b = cls.srv.create_area(cls.admin, "estate", "B estate", cls.t["grid_b"]["id"])
        cls.srv.add_user("staff.a", "staff", area=cls.t["community_a"]["id"])
        cls.srv.add_user("grid.a", "grid_worker", area=cls.t["grid_a"]["id"])
        cls.staff = cls.srv.login("staff.a")
        cls.gridder = cls.srv.login("grid.a")
        cls.b_ids = {cls.t["community_b"]["id"], cls.t["grid_b"]["id"], cls.estate_b["id"]}

    def ids(self, reply):
        return {a["id"] for a in self.assertStatus(reply, 200)["items"]}

    def test_sees_own_community_and_names_above(self):
        t = self.t
        for key in ("community_a", "grid_a", "subdistrict", "city"):
            with self.subTest(area=key):
                r = self.srv.request("GET", f"/api/v1/areas/{t[key]['id']}", token=self.staff)
                self.assertEqual(self.assertStatus(r, 200)["id"], t[key]["id"])

    def test_cannot_see_other_community(self):
        for area_id in sorted(self.b_ids):
            with self.subTest(area=area_id):
                r = self.srv.request("GET", f"/api/v1/areas/{area_id}", token=self.staff)
                self.assertProblem(r, 404)
                r = self.srv.request("GET", f"/api/v1/areas/{area_id}/subtree", token=self.staff)
                self.assertProblem(r, 404)

    def test_nothing_of_b_in_any_list(self):
        t = self.t
        replies = [
            self.srv.request("GET", "/api/v1/areas", token=self.staff, query={"per_page": 200}),
            self.srv.request("GET", "/api/v1/areas", token=self.staff,
                             query={"parent_id": t["subdistrict"]["id"]}),
            self.srv.request("GET", "/api/v1/areas", token=self.staff, query={"q": "Scope"}),
            self.srv.request("GET", "/api/v1/areas", token=self.staff, query={"kind": "grid"}),
            self.srv.request("GET", f"/api/v1/areas/{t['community_a']['id']}/subtree",
                             token=self.staff),
        ]
        for r in replies:
            self.assertEqual(self.ids(r) & self.b_ids, set(), r)
            self.assertNotIn(b"community b", r.raw)
            self.assertNotIn(b"B estate", r.raw)
        self.assertIn(t["community_a"]["id"], self.ids(replies[0]))
        # the total counts only what the caller may see
        body = replies[0].body
        self.assertEqual(body["total"], len(body["items"]))

    def test_cannot_change_other_community(self):
        t = self.t
        before = self.srv.last_event_seq()
        r = self.srv.request("PATCH", f"/api/v1/areas/{t['community_b']['id']}",
                             {"name": "taken over"}, token=self.staff)
        self.assertIn(r.status, (403, 404), r)
        self.assertProblem(r, r.status)
        r = self.srv.request("POST", "/api/v1/areas",
                             {"kind": "grid", "name": "intruder", "parent_id": t["community_b"]["id"]},
                             token=self.staff)
        self.assertProblem(r, 404, "/parent_id")  # as if B did not exist
        r = self.srv.request("POST", f"/api/v1/areas/{t['grid_a']['id']}/move",
                             {"parent_id": t["community_b"]["id"]}, token=self.staff)
        self.assertProblem(r, 404, "/parent_id")
        r = self.srv.request("POST", f"/api/v1/areas/{t['grid_b']['id']}/move",
                             {"parent_id": t["community_a"]["id"]}, token=self.staff)
        self.assertIn(r.status, (403, 404), r)
        self.assertProblem(r, r.status)
        # the subdistrict above is visible by name only, not editable
        r = self.srv.request("PATCH", f"/api/v1/areas/{t['subdistrict']['id']}",
                             {"name": "renamed"}, token=self.staff)
        self.assertProblem(r, 403)
        self.assertEqual(self.srv.last_event_seq(), before)
        names = {n for (n,) in self.srv.query_db("SELECT name FROM areas")}
        self.assertNotIn("intruder", names)
        self.assertNotIn("taken over", names)

    def test_changes_own_community(self):
        t = self.t
        estate = self.srv.create_area(self.staff, "estate", harness.unique("A estate"),
                                      t["grid_a"]["id"])
        self.assertTrue(estate["path"].startswith(t["grid_a"]["path"]))
        r = self.srv.request("PATCH", f"/api/v1/areas/{estate['id']}", {"code": "A-1"},
                             token=self.staff)
        self.assertEqual(self.assertStatus(r, 200)["code"], "A-1")

    def test_grid_worker_creates_but_does_not_edit(self):
        t = self.t
        b = self.srv.create_area(self.gridder, "building", harness.unique("楼"), t["grid_a"]["id"])
        r = self.srv.request("PATCH", f"/api/v1/areas/{b['id']}", {"name": "renamed"},
                             token=self.gridder)
        self.assertProblem(r, 403)
        r = self.srv.request("POST", "/api/v1/areas",
                             {"kind": "building", "name": "next door",
                              "parent_id": t["community_a"]["id"]}, token=self.gridder)
        self.assertProblem(r, 403)


if __name__ == "__main__":
    unittest.main()
