#include "modules/report_in/service_posts.h"

#include <fmt/format.h>
#include <boost/json/object.hpp>

#include "core/clock.h"
#include "modules/audit.h"
#include "modules/duty_zones/zone.h"
#include "modules/people/person.h"
#include "modules/report_in/permissions.h"
#include "modules/report_in/report_ins.h"

namespace linli::report_in {
namespace {

// Columns over kFrom; the last two need the caller's person id bound twice ahead of the WHERE.
constexpr std::string_view kColumns =
    "p.id, p.community_id, c.name, c.path, p.kind, p.title, p.description, p.duty_zone_id,"
    " z.name, p.open, p.created_at, p.updated_at,"
    " (SELECT count(*) FROM service_claims k WHERE k.post_id = p.id),"
    " (SELECT count(*) FROM service_claims k WHERE k.post_id = p.id AND k.person_id = ?)";
constexpr std::string_view kFrom =
    "service_posts p JOIN areas c ON c.id = p.community_id"
    " LEFT JOIN duty_zones z ON z.id = p.duty_zone_id";
constexpr std::string_view kInsert =
    "INSERT INTO service_posts (community_id, kind, title, description, duty_zone_id, open,"
    " created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?) RETURNING id";
constexpr std::string_view kUpdate =
    "UPDATE service_posts SET title = ?, description = ?, open = ?, updated_at = ? WHERE id = ?";
constexpr std::string_view kClaimed =
    "SELECT 1 FROM service_claims WHERE post_id = ? AND person_id = ?";
constexpr std::string_view kInsertClaim =
    "INSERT INTO service_claims (post_id, person_id, report_in_id, claimed_by, claimed_at)"
    " VALUES (?, ?, ?, ?, ?)";
constexpr std::string_view kDeleteClaim =
    "DELETE FROM service_claims WHERE post_id = ? AND person_id = ?";
// Communities the person holds a confirmed report-in to.
constexpr std::string_view kReportedInHere =
    "p.community_id IN (SELECT community_id FROM report_ins WHERE kind = 'member'"
    " AND person_id = ? AND status = 'confirmed')";

Post FromRow(const store::Row& r) {
  Post p;
  p.id = r.Int(0);
  p.community_id = r.Int(1);
  p.community_name = r.Text(2);
  p.community_path = r.Text(3);
  p.kind = r.Text(4);
  p.title = r.Text(5);
  p.description = r.OptText(6);
  p.duty_zone_id = r.OptInt(7);
  p.duty_zone_name = r.OptText(8);
  p.open = r.Int(9) != 0;
  p.created_at = r.Int(10);
  p.updated_at = r.Int(11);
  p.claims = r.Int(12);
  p.claimed = r.Int(13) != 0;
  return p;
}

std::optional<Post> LoadPost(store::Connection& c, int64_t id, int64_t viewer) {
  auto row =
      c.QueryOne(fmt::format("SELECT {} FROM {} WHERE p.id = ?", kColumns, kFrom), {viewer, id});
  if (!row) return std::nullopt;
  return FromRow(*row);
}

Subject PostSubject(store::Connection& c, const auth::Actor& actor, const Post& p) {
  auto mine = ConfirmedOf(c, actor.person_id);
  return {p.community_path, "", 0, mine && mine->community_id == p.community_id};
}

// A post the actor may change: 404 when unseen, 403 when not theirs to decide.
Result<Post> Writable(store::Connection& c, const auth::Actor& actor, int64_t id) {
  auto p = VisiblePost(c, actor, id);
  if (!p) return p.error();
  if (!Allowed(actor, Action::kDecide, {p->community_path, "", 0, false})) {
    return Error::Forbidden();
  }
  return p;
}

}  // namespace

Result<Post> VisiblePost(store::Connection& c, const auth::Actor& actor, int64_t id,
                         const std::string& pointer) {
  auto p = LoadPost(c, id, actor.person_id);
  if (!p || !Allowed(actor, Action::kReadPost, PostSubject(c, actor, *p))) {
    const std::string detail = fmt::format("no service post {}", id);
    return pointer.empty() ? Error::NotFound(detail) : Error::NotFoundField(pointer, detail);
  }
  return *p;
}

Result<Post> GetPost(store::Connection& c, const auth::Actor& actor, int64_t id) {
  store::Tx tx(c, store::Tx::kRead);
  auto p = VisiblePost(c, actor, id);
  if (!p) return p.error();
  tx.Commit();
  return p;
}

Result<Post> CreatePost(store::Connection& c, const auth::Actor& actor, const PostForm& f) {
  store::Tx tx(c, store::Tx::kWrite);
  auto community = LoadCommunity(c, f.community_id, "/community_id");
  if (!community) return community.error();
  if (!Allowed(actor, Action::kDecide, {community->path, "", 0, false})) {
    return Error::Forbidden();
  }
  if (f.duty_zone_id) {
    auto zone = duty_zones::Load(c, *f.duty_zone_id);
    if (!zone) {
      return Error::NotFoundField("/duty_zone_id", fmt::format("no duty zone {}", *f.duty_zone_id));
    }
    if (zone->grid_path.rfind(community->path, 0) != 0) {
      return Error::Rule("/duty_zone_id",
                         fmt::format("duty zone {} is not in {}", zone->name, community->name));
    }
  }
  const int64_t now = NowMs();
  const int64_t id = c.Query(kInsert, {f.community_id, f.kind, f.title, store::Opt(f.description),
                                       store::Opt(f.duty_zone_id), now, now})
                         .front()
                         .Int(0);
  record::EventLog::Append(
      c, EventBy(actor, "service_post.create", "service_post", id, community->path,
                 {{"community_id", f.community_id}, {"kind", f.kind}, {"title", f.title}}));
  auto post = *LoadPost(c, id, actor.person_id);
  tx.Commit();
  return post;
}

Result<Post> UpdatePost(store::Connection& c, const auth::Actor& actor, int64_t id,
                        const PostUpdateForm& f) {
  store::Tx tx(c, store::Tx::kWrite);
  auto p = Writable(c, actor, id);
  if (!p) return p.error();
  boost::json::object changes;
  if (f.title && *f.title != p->title) changes["title"] = {{"from", p->title}, {"to", *f.title}};
  if (f.description && f.description != p->description) changes["description"] = *f.description;
  if (f.open && *f.open != p->open) changes["open"] = *f.open;
  if (changes.empty()) return *p;
  c.Exec(kUpdate,
         {f.title.value_or(p->title), store::Opt(f.description ? f.description : p->description),
          int64_t{f.open.value_or(p->open) ? 1 : 0}, NowMs(), id});
  record::EventLog::Append(c, EventBy(actor, "service_post.update", "service_post", id,
                                      p->community_path, std::move(changes)));
  auto post = *LoadPost(c, id, actor.person_id);
  tx.Commit();
  return post;
}

Result<Post> Claim(store::Connection& c, const auth::Actor& actor, int64_t id, const ClaimForm& f) {
  store::Tx tx(c, store::Tx::kWrite);
  auto p = VisiblePost(c, actor, id);
  if (!p) return p.error();
  const int64_t person_id = f.person_id.value_or(actor.person_id);
  if (!Allowed(actor, Action::kClaim, {p->community_path, "", person_id, false})) {
    Error e = Error::Forbidden(
        "a member claims a post for themself; staff of the community "
        "may assign a member");
    e.fields.push_back({"/person_id", e.detail});
    return e;
  }
  auto person = people::Load(c, person_id);
  if (!person) return Error::NotFoundField("/person_id", fmt::format("no person {}", person_id));
  auto confirmed = ConfirmedOf(c, person_id);
  if (!confirmed || confirmed->community_id != p->community_id) {
    return Error::Rule("/person_id", fmt::format("{} has no confirmed report-in to {}",
                                                 person->name, p->community_name));
  }
  if (!p->open) return Error::Conflict(fmt::format("service post {} is closed", id));
  if (c.QueryOne(kClaimed, {id, person_id})) {
    return Error::Conflict(fmt::format("{} has already claimed service post {}", person->name, id),
                           "/person_id");
  }
  c.Exec(kInsertClaim, {id, person_id, confirmed->id, actor.account_id, NowMs()});
  record::EventLog::Append(
      c, EventBy(actor, "service_post.claim", "service_post", id, p->community_path,
                 {{"person_id", person_id}, {"report_in_id", confirmed->id}}));
  auto post = *LoadPost(c, id, actor.person_id);
  tx.Commit();
  return post;
}

Result<Post> Unclaim(store::Connection& c, const auth::Actor& actor, int64_t id,
                     int64_t person_id) {
  store::Tx tx(c, store::Tx::kWrite);
  auto p = VisiblePost(c, actor, id);
  if (!p) return p.error();
  if (!Allowed(actor, Action::kClaim, {p->community_path, "", person_id, false})) {
    return Error::Forbidden(
        "a member withdraws their own claim; staff of the community may withdraw one for a "
        "member");
  }
  if (!c.QueryOne(kClaimed, {id, person_id})) {
    return Error::NotFound(fmt::format("person {} has no claim on service post {}", person_id, id));
  }
  c.Exec(kDeleteClaim, {id, person_id});
  record::EventLog::Append(c, EventBy(actor, "service_post.unclaim", "service_post", id,
                                      p->community_path, {{"person_id", person_id}}));
  auto post = *LoadPost(c, id, actor.person_id);
  tx.Commit();
  return post;
}

Result<PostPage> ListPosts(store::Connection& c, const auth::Actor& actor, const PostFilter& f,
                           const store::Page& page) {
  store::Tx tx(c, store::Tx::kRead);
  const auth::ScopeFilter area = auth::AreaScope(actor, CommunityReaders(), "c.path");
  std::string where = fmt::format("({} OR {})", area.sql, kReportedInHere);
  std::vector<store::Value> params(area.params.begin(), area.params.end());
  params.emplace_back(actor.person_id);
  if (f.community_id) {
    where += " AND p.community_id = ?";
    params.emplace_back(*f.community_id);
  }
  if (f.open) {
    where += " AND p.open = ?";
    params.emplace_back(int64_t{*f.open ? 1 : 0});
  }
  if (f.mine) {
    where += " AND p.id IN (SELECT post_id FROM service_claims WHERE person_id = ?)";
    params.emplace_back(actor.person_id);
  }
  PostPage out;
  out.total =
      c.Query(fmt::format("SELECT count(*) FROM {} WHERE {}", kFrom, where), params).front().Int(0);
  params.insert(params.begin(), store::Value(actor.person_id));
  params.emplace_back(page.per_page);
  params.emplace_back(page.Offset());
  for (const auto& r :
       c.Query(fmt::format("SELECT {} FROM {} WHERE {} ORDER BY c.path, p.id DESC LIMIT ? OFFSET ?",
                           kColumns, kFrom, where),
               params)) {
    out.items.push_back(FromRow(r));
  }
  tx.Commit();
  return out;
}

}  // namespace linli::report_in
