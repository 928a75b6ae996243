"""Personal data: ID numbers and phones are masked everywhere, sealed at rest, revealed only to a
role that needs them, and every reveal is recorded (DOMAIN.md part 2; PIPL art. 28, 51)."""

import unittest

import harness

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def id_number(first17):
    """first17 completed with its GB 11643 check character."""
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS))
    return first17 + "10X98765432"[total % 11]


# A woman born 1988-04-12 (17th digit even) and a man born 1975-11-03 (odd).
ID_F = id_number("45112319880412302")
ID_M = id_number("22060219751103115")
ID_X = id_number("11010519491231002")  # check character X
PHONE_F = "13912345678"
PHONE_M = "18687654321"


def mask_id(v):
    return v[:6] + "*" * 8 + v[-4:]


def mask_phone(v):
    return v[:3] + "****" + v[-4:]


class PeopleTest(harness.ApiTestCase):
    @classmethod
    def setUpClass(cls):
        cls.srv = harness.Server(users=[("admin", "system_admin")])
        cls.addClassCleanup(cls.srv.close)
        cls.admin = cls.srv.login("admin")
        cls.tree = cls.srv.create_tree(cls.admin, "People")
        t = cls.tree
        cls.srv.add_user("staff.a", "staff", area=t["community_a"]["id"])
        cls.srv.add_user("staff.b", "staff", area=t["community_b"]["id"])
        cls.srv.add_user("district", "district_admin", area=t["district"]["id"])
        cls.staff_a = cls.srv.login("staff.a")
        cls.staff_b = cls.srv.login("staff.b")
        cls.district = cls.srv.login("district")
        cls.bodies = []  # every response body seen, for the "never in plain" check
        r = cls.srv.request("POST", "/api/v1/people",
                            {"name": "王芳", "id_number": ID_F, "phone": PHONE_F,
                             "area_id": t["grid_a"]["id"], "address": "3 单元 402"},
                            token=cls.staff_a)
        if r.status != 201:
            raise AssertionError(f"creating the person failed: {r!r}")
        cls.bodies.append(r.raw)
        cls.person = r.body

    def call(self, *args, **kwargs):
        r = self.srv.request(*args, **kwargs)
        self.bodies.append(r.raw)
        return r

    def assert_masked(self, p):
        self.assertEqual(p["id_number"], mask_id(ID_F))
        self.assertEqual(p["phone"], mask_phone(PHONE_F))

    def test_create_masks_and_derives(self):
        self.assert_masked(self.person)
        self.assertEqual(self.person["gender"], "female")
        self.assertEqual(self.person["birth_date"], "1988-04-12")

    def test_male_and_lowercase_x_derived(self):
        man = self.srv.create_person(self.staff_a, id_number=ID_M, area_id=self.tree["grid_a"]["id"])
        self.bodies.append(repr(man).encode())
        self.assertEqual(man["gender"], "male")
        self.assertEqual(man["birth_date"], "1975-11-03")
        x = self.srv.create_person(self.staff_a, id_number=ID_X.lower(),
                                   area_id=self.tree["grid_a"]["id"])
        self.assertEqual(x["id_number"], mask_id(ID_X))
        self.assertEqual(x["birth_date"], "1949-12-31")

    def test_contradicting_gender_or_birth_date_422(self):
        r = self.call("POST", "/api/v1/people", {"name": "n", "id_number": ID_M, "gender": "female"},
                      token=self.admin)
        self.assertProblem(r, 422, "/gender")
        r = self.call("POST", "/api/v1/people",
                      {"name": "n", "id_number": ID_M, "birth_date": "1975-11-04"},
                      token=self.admin)
        self.assertProblem(r, 422, "/birth_date")

    def test_get_list_lookup_show_masks_only(self):
        pid = self.person["id"]
        r = self.call("GET", f"/api/v1/people/{pid}", token=self.staff_a)
        self.assert_masked(self.assertStatus(r, 200))
        r = self.call("GET", "/api/v1/people", token=self.staff_a, query={"per_page": "200"})
        mine = [p for p in self.assertStatus(r, 200)["items"] if p["id"] == pid]
        self.assertEqual(len(mine), 1)
        self.assert_masked(mine[0])
        r = self.call("GET", "/api/v1/people", token=self.district,
                      query={"area_id": str(self.tree["community_a"]["id"])})
        self.assertIn(pid, [p["id"] for p in self.assertStatus(r, 200)["items"]])
        for found in (self.call("POST", "/api/v1/people/lookup", {"id_number": ID_F},
                                token=self.staff_a),
                      self.call("POST", "/api/v1/people/lookup", {"phone": PHONE_F},
                                token=self.staff_a)):
            items = self.assertStatus(found, 200)["items"]
            self.assertEqual([p["id"] for p in items], [pid])
            self.assert_masked(items[0])

    def test_lookup_respects_scope(self):
        r = self.call("POST", "/api/v1/people/lookup", {"id_number": ID_F}, token=self.staff_b)
        self.assertEqual(self.assertStatus(r, 200)["items"], [])
        bad_check = ID_M[:-1] + ("1" if ID_M[-1] != "1" else "2")
        r = self.call("POST", "/api/v1/people/lookup", {"id_number": bad_check},
                      token=self.staff_a)
        self.assertProblem(r, 400, "/id_number")
        r = self.call("POST", "/api/v1/people/lookup", {"phone": "13000000000"}, token=self.staff_a)
        self.assertEqual(self.assertStatus(r, 200)["items"], [])

    def test_duplicate_id_number_409(self):
        r = self.call("POST", "/api/v1/people", {"name": "twin", "id_number": ID_F},
                      token=self.admin)
        self.assertProblem(r, 409, "/id_number")
        other = self.srv.create_person(self.admin, name="other")
        r = self.call("PATCH", f"/api/v1/people/{other['id']}", {"id_number": ID_F},
                      token=self.admin)
        self.assertProblem(r, 409, "/id_number")

    def test_reveal_by_staff_is_recorded(self):
        pid = self.person["id"]
        before = self.srv.last_event_seq()
        reason = "核对低保申请材料"
        r = self.srv.request("POST", f"/api/v1/people/{pid}/reveal",
                             {"field": "id_number", "reason": reason}, token=self.staff_a)
        self.assertEqual(self.assertStatus(r, 200), {"field": "id_number", "value": ID_F})
        r = self.srv.request("POST", f"/api/v1/people/{pid}/reveal",
                             {"field": "phone", "reason": "回访诉求"}, token=self.staff_a)
        self.assertEqual(self.assertStatus(r, 200)["value"], PHONE_F)
        rows = self.srv.sqlite_json(
            "SELECT seq, action, actor_label, subject_id, summary FROM events"
            f" WHERE seq > {before} ORDER BY seq")
        reveals = [e for e in rows if e["action"] == "person.reveal"]
        self.assertEqual(len(reveals), 2, rows)
        first = reveals[0]
        self.assertEqual(first["actor_label"], "staff.a")
        self.assertEqual(first["subject_id"], pid)
        self.assertIn(reason, first["summary"])
        self.assertIn(mask_id(ID_F), first["summary"])
        for e in reveals:
            self.assertNotIn(ID_F, e["summary"])
            self.assertNotIn(PHONE_F, e["summary"])

    def test_reveal_refused(self):
        pid = self.person["id"]
        before = self.srv.last_event_seq()
        r = self.call("POST", f"/api/v1/people/{pid}/reveal",
                      {"field": "id_number", "reason": "just curious"}, token=self.district)
        self.assertProblem(r, 403)
        r = self.call("POST", f"/api/v1/people/{pid}/reveal",
                      {"field": "phone", "reason": "just curious"}, token=self.staff_b)
        self.assertProblem(r, 404)
        r = self.call("POST", f"/api/v1/people/{pid}/reveal", {"field": "phone", "reason": "x"},
                      token=self.staff_a)
        self.assertProblem(r, 400, "/reason")
        self.assertEqual(self.srv.last_event_seq(), before, "a refused reveal wrote an event")

    def test_other_community_cannot_see(self):
        pid = self.person["id"]
        self.assertProblem(self.call("GET", f"/api/v1/people/{pid}", token=self.staff_b), 404)
        r = self.call("GET", "/api/v1/people", token=self.staff_b, query={"per_page": "200"})
        self.assertNotIn(pid, [p["id"] for p in self.assertStatus(r, 200)["items"]])
        r = self.call("PATCH", f"/api/v1/people/{pid}", {"address": "elsewhere"},
                      token=self.staff_b)
        self.assertProblem(r, 404)

    def test_update_phone_stays_masked(self):
        p = self.srv.create_person(self.staff_a, phone=PHONE_M, area_id=self.tree["grid_a"]["id"])
        self.assertEqual(p["phone"], mask_phone(PHONE_M))
        new_phone = "15011112222"
        r = self.call("PATCH", f"/api/v1/people/{p['id']}", {"phone": new_phone},
                      token=self.staff_a)
        self.assertEqual(self.assertStatus(r, 200)["phone"], mask_phone(new_phone))
        self.assertNotIn(new_phone.encode(), r.raw)
        self.assertNotIn(new_phone.encode(), self.srv.db_bytes())
        r = self.call("PATCH", f"/api/v1/people/{p['id']}", {"phone": None}, token=self.staff_a)
        self.assertIsNone(self.assertStatus(r, 200)["phone"])

    def test_zz_plain_values_nowhere(self):
        # Named to run last: it checks what the other tests left behind.
        for raw in self.bodies:
            for plain in (ID_F, PHONE_F, ID_M, PHONE_M):
                self.assertNotIn(plain.encode(), raw)
        log = self.srv.log_bytes()
        db = self.srv.db_bytes()
        for plain in (ID_F, PHONE_F, ID_M, ID_X, PHONE_M):
            with self.subTest(value=plain):
                self.assertNotIn(plain.encode(), log, "a plain value is in the server's log")
                self.assertNotIn(plain.encode(), db, "a plain value is in the database file")
                self.assertNotIn(plain.encode("utf-16-le"), db)
        # the masks themselves are stored, so the scan above did read the right file
        self.assertIn(mask_id(ID_F).encode(), db)


if __name__ == "__main__":
    unittest.main()
