// Party membership: which organisation holds a person's party relation (party_members). A
// person belongs to one organisation at a time; a transfer between organisations is decided by
// the members module, which moves the membership through MoveMember. Membership does not touch
// role grants.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <boost/json/object.hpp>

#include "auth/actor.h"
#include "core/result.h"
#include "modules/orgs/forms.h"
#include "modules/people/person.h"
#include "store/database.h"
#include "store/page.h"

namespace linli::orgs {

struct Member {
  people::Person person;
  int64_t org_id = 0;
  std::string status;  // full | probationary
  std::optional<std::string> joined_on;
  int64_t created_at = 0;
  int64_t updated_at = 0;
};

struct MemberPage {
  std::vector<Member> items;
  int64_t total = 0;
};

// Members held by the organisation, or by it and every organisation below it when `subtree`.
// Whoever may read the organisation may list them (404 otherwise).
Result<MemberPage> ListMembers(store::Connection& c, const auth::Actor& actor, int64_t org_id,
                               bool subtree, const store::Page& page);

// Adds a person the caller can see (404 naming /person_id otherwise). A person who is already a
// member anywhere is a 409 naming /person_id and the organisation that holds them. joined_on
// may not lie in the future.
Result<Member> AddMember(store::Connection& c, const auth::Actor& actor, int64_t org_id,
                         const AddMemberForm& f);
// Changes the status or admission date of a member of this organisation (404 when the person
// is not one).
Result<Member> UpdateMember(store::Connection& c, const auth::Actor& actor, int64_t org_id,
                            int64_t person_id, const UpdateMemberForm& f);
// Moves the membership of `person_id` to `to_org_id`, keeping status and admission date: what a
// transfer accepted by the destination does (the members module issues and decides transfers;
// call it only from there). The caller has already decided that `actor` may move the membership
// (members: the destination's managers, by the area it sits in or by a grant on it or an
// organisation above it), so no write check is made here: the organisations' own write rule
// knows only area grants and would refuse staff granted on the destination organisation. The
// destination must exist (404 naming /to_org_id); a person who is not a member is a 404; the
// organisation that already holds them is a 422 naming /to_org_id. Appends "member.move".
Result<Member> MoveMember(store::Connection& c, const auth::Actor& actor, int64_t person_id,
                          int64_t to_org_id);
// The membership of a person, if any, whoever asks (for modules that check their own
// permissions first).
std::optional<Member> MembershipOf(store::Connection& c, int64_t person_id);
Status RemoveMember(store::Connection& c, const auth::Actor& actor, int64_t org_id,
                    int64_t person_id);

}  // namespace linli::orgs
