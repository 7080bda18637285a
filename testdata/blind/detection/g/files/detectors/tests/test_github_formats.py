import pytest

from scanner import detect


@pytest.mark.parametrize("text,expected", [
    ("GITHUB_TOKEN = 'ghs_WBzKOH2aUWR2MVsSvkfZuZO83JAeYP1Az6RG'", True),
    ("client = GithubClient(api_key='ghu_IPnU41xrCJcqmhv6Ki8F3jf0XIfWUF1kXRxZ')", True),
    ("requests.get('https://api.github.com/v2/status', headers={'Authorization': 'Bearer ghr_6HQFni71lB191dJUKnX3wOMSjt5EHzTRUhTXw7nwh9m5CZErdCs62q2CeTLrz70qRY9EEc0TxbcP'})", True),
    ("GITHUB_TOKEN = 'ghp_hhhVvXZ9taHZge1c0XK3u49qDVTEZlP4TMnu'", False),
    ("GITHUB_TOKEN = 'gho_jqbvgYxWfobYdCVXyYKqTRzEC2tUQzpI6LiB'", False),
])
def test_github_formats(text, expected):
    assert bool(detect(text)) is expected
