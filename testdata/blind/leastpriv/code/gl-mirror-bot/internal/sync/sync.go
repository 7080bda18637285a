package sync

import (
	"context"
	"fmt"
	"strings"

	"github.com/google/go-github/v68/github"
	gitlab "gitlab.com/gitlab-org/api/client-go"
)

// Bridge opens one GitHub tracking issue per open GitLab merge request and
// links back to it from the MR.
type Bridge struct {
	GL        *gitlab.Client
	GH        *github.Client
	Project   string // GitLab path, e.g. "infra/terraform-modules"
	GHOwner   string
	GHRepo    string
	TrackLabel string
}

func (b *Bridge) tracked(ctx context.Context) (map[string]bool, error) {
	seen := map[string]bool{}
	opt := &github.IssueListByRepoOptions{State: "all", Labels: []string{b.TrackLabel}, ListOptions: github.ListOptions{PerPage: 100}}
	for {
		issues, resp, err := b.GH.Issues.ListByRepo(ctx, b.GHOwner, b.GHRepo, opt)
		if err != nil {
			return nil, err
		}
		for _, is := range issues {
			seen[strings.SplitN(is.GetTitle(), " ", 2)[0]] = true
		}
		if resp.NextPage == 0 {
			return seen, nil
		}
		opt.Page = resp.NextPage
	}
}

func (b *Bridge) Run(ctx context.Context) error {
	proj, _, err := b.GL.Projects.GetProject(b.Project, nil)
	if err != nil {
		return err
	}
	seen, err := b.tracked(ctx)
	if err != nil {
		return err
	}
	mrs, _, err := b.GL.MergeRequests.ListProjectMergeRequests(proj.ID, &gitlab.ListProjectMergeRequestsOptions{
		State: gitlab.Ptr("opened"),
	})
	if err != nil {
		return err
	}
	for _, mr := range mrs {
		key := fmt.Sprintf("!%d", mr.IID)
		if seen[key] {
			continue
		}
		title := fmt.Sprintf("%s %s", key, mr.Title)
		body := fmt.Sprintf("Mirrors %s\n\n%s", mr.WebURL, mr.Description)
		issue, _, err := b.GH.Issues.Create(ctx, b.GHOwner, b.GHRepo, &github.IssueRequest{
			Title:  &title,
			Body:   &body,
			Labels: &[]string{b.TrackLabel},
		})
		if err != nil {
			return err
		}
		note := fmt.Sprintf("Tracked on GitHub: %s", issue.GetHTMLURL())
		if _, _, err := b.GL.Notes.CreateMergeRequestNote(proj.ID, mr.IID, &gitlab.CreateMergeRequestNoteOptions{Body: &note}); err != nil {
			return err
		}
	}
	return nil
}
