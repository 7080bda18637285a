// depbot-merger approves and squash-merges green Dependabot patch/minor
// updates across a list of repositories. Meant for a nightly cron.
package main

import (
	"context"
	"flag"
	"log"
	"os"
	"regexp"
	"strings"

	"github.com/google/go-github/v66/github"
)

var bump = regexp.MustCompile(`from (\d+)\.\d+\.\d+ to (\d+)\.\d+\.\d+`)

func sameMajor(title string) bool {
	m := bump.FindStringSubmatch(title)
	return m != nil && m[1] == m[2]
}

func main() {
	token := flag.String("token", os.Getenv("DEPBOT_MERGER_TOKEN"), "GitHub token (default $DEPBOT_MERGER_TOKEN)")
	repos := flag.String("repos", "", "comma-separated owner/name list")
	flag.Parse()

	ctx := context.Background()
	gh := github.NewClient(nil).WithAuthToken(*token)

	for _, full := range strings.Split(*repos, ",") {
		owner, repo, _ := strings.Cut(full, "/")
		prs, _, err := gh.PullRequests.List(ctx, owner, repo, &github.PullRequestListOptions{State: "open"})
		if err != nil {
			log.Fatal(err)
		}
		for _, pr := range prs {
			if pr.GetUser().GetLogin() != "dependabot[bot]" || !sameMajor(pr.GetTitle()) {
				continue
			}
			// workflow-file bumps would need the workflows permission to merge; leave them to humans
			if strings.HasPrefix(pr.GetHead().GetRef(), "dependabot/github_actions/") {
				continue
			}
			st, _, err := gh.Repositories.GetCombinedStatus(ctx, owner, repo, pr.GetHead().GetSHA(), nil)
			if err != nil || st.GetState() != "success" {
				continue
			}
			_, _, err = gh.PullRequests.CreateReview(ctx, owner, repo, pr.GetNumber(), &github.PullRequestReviewRequest{
				Event: github.String("APPROVE"),
				Body:  github.String("Patch/minor update with green CI, merging."),
			})
			if err != nil {
				log.Printf("%s#%d approve: %v", full, pr.GetNumber(), err)
				continue
			}
			_, _, err = gh.PullRequests.Merge(ctx, owner, repo, pr.GetNumber(), "", &github.PullRequestOptions{MergeMethod: "squash"})
			if err != nil {
				log.Printf("%s#%d merge: %v", full, pr.GetNumber(), err)
				continue
			}
			if _, err := gh.Git.DeleteRef(ctx, owner, repo, "heads/"+pr.GetHead().GetRef()); err != nil {
				log.Printf("%s: delete branch: %v", full, err)
			}
			log.Printf("merged %s#%d", full, pr.GetNumber())
		}
	}
}
