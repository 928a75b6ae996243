// Service posts (服务岗位): what a community offers reported-in members to serve on (duty-zone
// service, volunteering, tasks, activities), and the members who have claimed each.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "core/result.h"
#include "modules/report_in/forms.h"
#include "store/database.h"
#include "store/page.h"

namespace linli::report_in {

struct Post {
  int64_t id = 0;
  int64_t community_id = 0;
  std::string community_name;
  std::string community_path;
  std::string kind;
  std::string title;
  std::optional<std::string> description;
  std::optional<int64_t> duty_zone_id;
  std::optional<std::string> duty_zone_name;
  bool open = true;
  int64_t claims = 0;    // members who have claimed it
  bool claimed = false;  // by the caller
  int64_t created_at = 0;
  int64_t updated_at = 0;
};

// A post the actor may see (the community's readers, or a member reported in to it); 404
// naming `pointer` (or no field when empty) otherwise.
Result<Post> VisiblePost(store::Connection& c, const auth::Actor& actor, int64_t id,
                         const std::string& pointer = "");
// The same, read in its own transaction: the answer of GET /api/v1/service-posts/{id}.
Result<Post> GetPost(store::Connection& c, const auth::Actor& actor, int64_t id);

// Rules: the community exists and is one (404, 422 /community_id), where the caller decides
// (403); a duty zone must lie on a grid of that community (404, 422 /duty_zone_id).
Result<Post> CreatePost(store::Connection& c, const auth::Actor& actor, const PostForm& f);
// Renames, describes, opens or closes a post (the community's writers).
Result<Post> UpdatePost(store::Connection& c, const auth::Actor& actor, int64_t id,
                        const PostUpdateForm& f);
// The caller claims the post, or a community writer assigns a member to it (403 naming
// /person_id for anyone else). The member needs a confirmed report-in to the post's community
// (422 /person_id); a closed post or a second claim is a 409.
Result<Post> Claim(store::Connection& c, const auth::Actor& actor, int64_t id, const ClaimForm& f);

// The member withdraws their claim, or a community writer withdraws it for them (403 naming
// /person_id for anyone else); no claim of that member on the post is a 404. Service already
// logged on the post stays as it is. Returns the post as it now stands.
Result<Post> Unclaim(store::Connection& c, const auth::Actor& actor, int64_t id, int64_t person_id);

struct PostFilter {
  std::optional<int64_t> community_id;
  std::optional<bool> open;
  bool mine = false;  // only posts the caller has claimed
};
struct PostPage {
  std::vector<Post> items;
  int64_t total = 0;
};
Result<PostPage> ListPosts(store::Connection& c, const auth::Actor& actor, const PostFilter& f,
                           const store::Page& page);

}  // namespace linli::report_in
