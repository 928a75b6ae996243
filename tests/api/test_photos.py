"""Photos of appeals: upload (POST /api/v1/photos, the raw image), attach at intake and on
resolving, serve back with permission checks; type from the magic bytes, size and count limits,
orphans removed.

Fixture: one community with a grid and two households, a resident of each with a login, staff of
the community and a grid worker who resolves. Limits made small: uploads of at most 4096 bytes,
two photos per appeal.
"""

import os
import struct
import zlib

import harness

LIMIT = 4096


def png_bytes():
    """A real 1x1 PNG."""
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))
    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    raw = zlib.compress(b"\x00\xff\x00\x00")
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", raw)
            + chunk(b"IEND", b""))


def jpeg_bytes(seed=b""):
    """The start of a JFIF JPEG (SOI, APP0) with some bytes after it."""
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
            + seed + os.urandom(64) + b"\xff\xd9")


class PhotosTest(harness.ApiTestCase):
    @classmethod
    def setUpClass(cls):
        cls.srv = harness.Server(
            users=[("admin", "system_admin")],
            config={"http": {"upload_limit": LIMIT},
                    "appeals": {"photos_per_appeal": 2, "orphan_photo_hours": 1}})
        cls.addClassCleanup(cls.srv.close)
        srv = cls.srv
        cls.admin = srv.login("admin")
        t = cls.t = srv.create_tree(cls.admin)
        cls.house = srv.create_area(cls.admin, "household", parent=t["grid_a"]["id"])
        cls.house2 = srv.create_area(cls.admin, "household", parent=t["grid_a"]["id"])
        srv.add_user("staff.a", "staff", area=t["community_a"]["id"])
        cls.grid_worker_id = srv.add_user("grid.a", "grid_worker", area=t["grid_a"]["id"])
        srv.add_user("res.a", "resident", area=cls.house["id"])
        srv.add_user("res.c", "resident", area=cls.house2["id"])
        srv.add_user("staff.b", "staff", area=t["community_b"]["id"])
        cls.staff = srv.login("staff.a")
        cls.staff_b = srv.login("staff.b")
        cls.grid = srv.login("grid.a")
        cls.res = srv.login("res.a")
        cls.res_c = srv.login("res.c")

    def upload(self, data, ctype="image/jpeg", token=None):
        return self.srv.request("POST", "/api/v1/photos", raw=data, token=token or self.res,
                                headers={"Content-Type": ctype})

    def raise_with(self, photo_ids, token=None):
        return self.srv.request("POST", "/api/v1/appeals",
                                {"channel": "online", "category": "ordinary",
                                 "description": "楼道里的灯坏了", "area_id": self.house["id"],
                                 "photo_ids": photo_ids}, token=token or self.res)

    def test_jpeg_and_png_attached_and_served(self):
        jpg = self.assertStatus(self.upload(jpeg_bytes()), 201)
        png = self.assertStatus(self.upload(png_bytes(), "image/png"), 201)
        self.assertEqual(jpg["content_type"], "image/jpeg")
        self.assertEqual(png["content_type"], "image/png")
        self.assertIsNone(jpg["appeal_id"])
        self.assertEqual(len(jpg["hash"]), 64)
        # Before attaching: only the uploader sees it.
        r = self.srv.request("GET", jpg["url"], token=self.res)
        self.assertEqual(r.status, 200)
        self.assertProblem(self.srv.request("GET", jpg["url"], token=self.staff), 404)
        a = self.assertStatus(self.raise_with([jpg["id"], png["id"]]), 201)
        view = self.assertStatus(self.srv.request("GET", f"/api/v1/appeals/{a['id']}",
                                                  token=self.staff), 200)
        self.assertEqual([p["id"] for p in view["photos"]], [jpg["id"], png["id"]])
        self.assertEqual({p["step"] for p in view["photos"]}, {"raise"})
        self.assertEqual(view["timeline"][0]["detail"]["photos"], [jpg["hash"], png["hash"]])
        for token in (self.res, self.staff):
            r = self.srv.request("GET", png["url"], token=token)
            self.assertEqual(r.status, 200)
            self.assertEqual(r.raw, png_bytes())
            self.assertEqual(r.headers.get("Content-Type"), "image/png")
            self.assertEqual(r.headers.get("X-Content-Type-Options"), "nosniff")
            self.assertTrue(r.headers.get("Cache-Control").startswith("private"))
        # Someone else's photo: another resident, staff of another community.
        self.assertProblem(self.srv.request("GET", png["url"], token=self.res_c), 404)
        self.assertProblem(self.srv.request("GET", png["url"], token=self.staff_b), 404)
        # The record names the photo by its hash.
        rows = self.srv.query_db(
            "SELECT summary FROM events WHERE action = 'appeal.raise' AND subject_id = ?",
            (a["id"],))
        self.assertIn(png["hash"], rows[0][0])
        # On disk under its hash.
        path = os.path.join(self.srv.data_dir, "photos", png["hash"][:2], png["hash"])
        with open(path, "rb") as f:
            self.assertEqual(f.read(), png_bytes())
        # Attached already: not again; third photo over the count of two.
        self.assertProblem(self.raise_with([jpg["id"]]), 409, "/photo_ids/0")

    def test_resolve_with_evidence_and_count_limit(self):
        a = self.assertStatus(self.raise_with([]), 201)
        i = a["id"]
        for step, body, token in (("accept", {}, self.staff),
                                  ("dispatch", {"assignee_id": self.grid_worker_id}, self.staff),
                                  ("take", {}, self.grid)):
            self.assertStatus(self.srv.request("POST", f"/api/v1/appeals/{i}/{step}", body,
                                               token=token), 200)
        ids = [self.assertStatus(self.upload(jpeg_bytes(), token=self.grid), 201)["id"]
               for _ in range(3)]
        # The resident's upload is not the worker's to attach.
        mine = self.assertStatus(self.upload(jpeg_bytes()), 201)["id"]
        r = self.srv.request("POST", f"/api/v1/appeals/{i}/resolve",
                             {"result": "换了灯泡", "photo_ids": [mine]}, token=self.grid)
        self.assertProblem(r, 404, "/photo_ids/0")
        r = self.srv.request("POST", f"/api/v1/appeals/{i}/resolve",
                             {"result": "换了灯泡", "photo_ids": ids}, token=self.grid)
        self.assertProblem(r, 422, "/photo_ids")
        r = self.srv.request("POST", f"/api/v1/appeals/{i}/resolve",
                             {"result": "换了灯泡", "photo_ids": ids[:2]}, token=self.grid)
        self.assertEqual(self.assertStatus(r, 200)["state"], "resolved")
        view = self.assertStatus(self.srv.request("GET", f"/api/v1/appeals/{i}",
                                                  token=self.res), 200)
        self.assertEqual([p["step"] for p in view["photos"]], ["resolve", "resolve"])
        self.assertEqual(self.srv.request("GET", view["photos"][0]["url"], token=self.res).status,
                         200)

    def test_text_renamed_jpeg_is_refused(self):
        r = self.upload(b"hello, this is not a picture at all\n")
        self.assertProblem(r, 415, "")
        r = self.upload(png_bytes(), "image/jpeg")  # a PNG said to be a JPEG
        self.assertProblem(r, 415, "")
        r = self.upload(jpeg_bytes(), "text/plain")
        self.assertProblem(r, 415, "")
        r = self.upload(b"", "image/png")
        self.assertProblem(r, 422, "")

    def test_too_large(self):
        r = self.upload(jpeg_bytes(b"\x00" * (LIMIT + 10)))
        self.assertProblem(r, 413)
        # The ordinary body limit still holds elsewhere; the photo limit is only for uploads.
        self.assertEqual(self.upload(jpeg_bytes(b"\x00" * (LIMIT - 200))).status, 201)

    def test_orphans_are_removed(self):
        old = self.assertStatus(self.upload(jpeg_bytes(b"orphan")), 201)
        path = os.path.join(self.srv.data_dir, "photos", old["hash"][:2], old["hash"])
        self.assertTrue(os.path.exists(path))
        self.srv.sqlite_shell(
            f"UPDATE appeal_photos SET created_at = created_at - 7200000 WHERE id = {old['id']}")
        self.assertStatus(self.upload(jpeg_bytes()), 201)
        self.assertEqual(self.srv.query_db("SELECT count(*) FROM appeal_photos WHERE id = ? AND purged_at IS NULL",
                                           (old["id"],))[0][0], 0)
        self.assertFalse(os.path.exists(path))
        self.assertProblem(self.srv.request("GET", old["url"], token=self.res), 404)
        rows = self.srv.query_db("SELECT summary FROM events WHERE action = 'photo.purge'")
        self.assertTrue(any(old["hash"] in r[0] for r in rows))
        self.assertEqual(self.srv.verify()[0], 0)


if __name__ == "__main__":
    import unittest
    unittest.main()
