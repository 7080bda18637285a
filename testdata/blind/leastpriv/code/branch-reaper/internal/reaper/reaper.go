package reaper

import (
	"context"
	"fmt"
	"time"

	"github.com/google/go-github/v66/github"
)

type Reaper struct {
	Client  *github.Client
	Owner   string
	Repo    string
	MaxAge  time.Duration
	DryRun  bool
	Comment bool
}

func (r *Reaper) branches(ctx context.Context) ([]*github.Branch, error) {
	var all []*github.Branch
	opt := &github.BranchListOptions{ListOptions: github.ListOptions{PerPage: 100}}
	for {
		page, resp, err := r.Client.Repositories.ListBranches(ctx, r.Owner, r.Repo, opt)
		if err != nil {
			return nil, err
		}
		all = append(all, page...)
		if resp.NextPage == 0 {
			return all, nil
		}
		opt.Page = resp.NextPage
	}
}

func (r *Reaper) Run(ctx context.Context) error {
	branches, err := r.branches(ctx)
	if err != nil {
		return err
	}
	cutoff := time.Now().Add(-r.MaxAge)
	for _, b := range branches {
		if b.GetProtected() {
			continue
		}
		prs, _, err := r.Client.PullRequests.List(ctx, r.Owner, r.Repo, &github.PullRequestListOptions{
			State: "all",
			Head:  r.Owner + ":" + b.GetName(),
		})
		if err != nil {
			return err
		}
		if len(prs) == 0 {
			continue
		}
		last := prs[0]
		if last.GetState() != "closed" || last.GetClosedAt().After(cutoff) {
			continue
		}
		if r.DryRun {
			fmt.Printf("would delete %s (PR #%d)\n", b.GetName(), last.GetNumber())
			continue
		}
		if _, err := r.Client.Git.DeleteRef(ctx, r.Owner, r.Repo, "heads/"+b.GetName()); err != nil {
			return fmt.Errorf("delete %s: %w", b.GetName(), err)
		}
		if r.Comment {
			body := fmt.Sprintf("branch-reaper deleted `%s` (closed %s).", b.GetName(), last.GetClosedAt().Format(time.DateOnly))
			_, _, err = r.Client.Issues.CreateComment(ctx, r.Owner, r.Repo, last.GetNumber(), &github.IssueComment{Body: &body})
			if err != nil {
				return err
			}
		}
		fmt.Printf("deleted %s\n", b.GetName())
	}
	return nil
}
