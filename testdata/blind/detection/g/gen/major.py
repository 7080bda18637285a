"""Value generators for the 19 major groups. Each returns (value, kind)."""
import base64, json
from lib import *


def gh_classic(r): return crc_token(r, 'ghp_'), 'classic personal access token (ghp_)'
def gh_oauth(r): return crc_token(r, 'gho_'), 'OAuth access token (gho_)'
def gh_u2s(r): return crc_token(r, 'ghu_'), 'GitHub App user-to-server token (ghu_)'
def gh_inst(r): return crc_token(r, 'ghs_'), 'GitHub App installation token (ghs_)'
def gh_refresh(r): return crc_token(r, 'ghr_', 70), 'GitHub App refresh token (ghr_)'
def gh_fine(r): return github_pat(r), 'fine-grained personal access token (github_pat_)'

GITHUB = [gh_classic, gh_fine, gh_oauth, gh_inst, gh_u2s, gh_refresh]
GITLAB = [lambda r: ('glpat-' + shape(r, 'b64u20'), 'personal access token (glpat-)'),
          lambda r: ('gldt-' + shape(r, 'b64u20'), 'deploy token (gldt-)'),
          lambda r: ('glrt-' + shape(r, 'b64u20'), 'runner authentication token (glrt-)'),
          lambda r: ('glptt-' + shape(r, 'hex40'), 'pipeline trigger token (glptt-)')]
SLACK = [lambda r: (shape(r, '=xoxb-|dig12|=-|dig13|=-|an24'), 'bot token (xoxb-)'),
         lambda r: (shape(r, '=xoxp-|dig12|=-|dig12|=-|dig13|=-|hex32'), 'user token (xoxp-)'),
         lambda r: (shape(r, '=xapp-1-A|uan10|=-|dig13|=-|hex64'), 'app-level token (xapp-)'),
         lambda r: (shape(r, '=https://hooks.slack.com/services/T|uan10|=/B|uan10|=/|an24'), 'incoming webhook URL'),
         lambda r: (shape(r, '=xoxe.xoxp-1-|b64u140'), 'rotating user token (xoxe.xoxp-)')]
STRIPE = [lambda r: (shape(r, '=sk_live_51|an97'), 'live secret key (sk_live_)'),
          lambda r: (shape(r, '=rk_live_51|an97'), 'live restricted key (rk_live_)'),
          lambda r: (shape(r, '=whsec_|an32'), 'webhook signing secret (whsec_)'),
          lambda r: (shape(r, '=sk_live_|an24'), 'legacy live secret key (sk_live_ + 24)')]
def aws_id(r): return shape(r, '=AKIA|b3216'), 'access key id (AKIA)'
def aws_secret(r): return shape(r, 'an20|=/|an8|=+|an10'), 'secret access key'
def aws_sts_id(r): return shape(r, '=ASIA|b3216'), 'temporary access key id (ASIA)'
def aws_session(r): return 'IQoJb3JpZ2luX2VjE' + shape(r, 'b64356') + '==', 'session token'
def gcp_key(r): return 'AIzaSy' + shape(r, 'b64u33'), 'API key (AIza)'
def gcp_oauth(r): return 'GOCSPX-' + shape(r, 'b64u28'), 'OAuth client secret (GOCSPX-)'
def az_storage(r): return base64.b64encode(rb(r, 64)).decode(), 'storage account key'
def az_devops(r):
    v = shape(r, 'an52') + shape(r, 'an24')
    return v + 'AZDO' + shape(r, 'an4'), 'Azure DevOps personal access token (84 chars, AZDO)'
def az_devops_legacy(r): return shape(r, 'b32l52'), 'Azure DevOps personal access token (legacy 52 base32)'
def az_entra(r): return shape(r, 'b64u3|dig1|=Q~|an34'), 'Entra ID client secret (Q~)'
def az_sas(r):
    sig = base64.b64encode(rb(r, 32)).decode().replace('+', '%2B').replace('/', '%2F').replace('=', '%3D')
    return f'sv=2022-11-02&ss=b&srt=co&sp=rwdlacx&se=2027-03-01T00:00:00Z&st=2026-01-01T00:00:00Z&spr=https&sig={sig}', 'SAS token (sig=)'
def openai_proj(r): return shape(r, '=sk-proj-|b64u74|=T3BlbkFJ|b64u74'), 'project API key (sk-proj-)'
def openai_svc(r): return shape(r, '=sk-svcacct-|b64u74|=T3BlbkFJ|b64u74'), 'service account key (sk-svcacct-)'
def openai_admin(r): return shape(r, '=sk-admin-|b64u58|=T3BlbkFJ|b64u58'), 'admin key (sk-admin-)'
def openai_legacy(r): return shape(r, '=sk-|an20|=T3BlbkFJ|an20'), 'legacy user API key (sk-...T3BlbkFJ)'
def anth_api(r): return shape(r, '=sk-ant-api03-|b64u93|=AA'), 'API key (sk-ant-api03-)'
def anth_admin(r): return shape(r, '=sk-ant-admin01-|b64u93|=AA'), 'Admin API key (sk-ant-admin01-)'
def npm_tok(r): return crc_token(r, 'npm_'), 'access token (npm_)'
def pypi_tok(r): return 'pypi-AgEIcHlwaS5vcmcCJ' + shape(r, 'b64u150'), 'API token (pypi-AgEIcHlwaS5vcmc)'
def hf_tok(r): return 'hf_' + shape(r, 'alpha34'), 'user access token (hf_)'
def hf_org(r): return 'api_org_' + shape(r, 'alpha34'), 'legacy org API token (api_org_)'
def sendgrid(r): return 'SG.' + shape(r, 'b64u22') + '.' + shape(r, 'b64u43'), 'API key (SG.)'
def tw_sid(r): return 'AC' + shape(r, 'hex32'), 'account SID (AC)'
def tw_token(r): return shape(r, 'hex32'), 'auth token'
def tw_key(r): return 'SK' + shape(r, 'hex32'), 'API key SID (SK)'
def shopify(r, p=None):
    p = p or r.choice(['shpat_', 'shpca_', 'shppa_', 'shpss_'])
    kinds = {'shpat_': 'Admin API access token (shpat_)', 'shpca_': 'custom app access token (shpca_)',
             'shppa_': 'private app password (shppa_)', 'shpss_': 'app shared secret (shpss_)'}
    return p + shape(r, 'hex32'), kinds[p]
def do_tok(r, p=None):
    p = p or r.choice(['dop_v1_', 'doo_v1_', 'dor_v1_'])
    kinds = {'dop_v1_': 'personal access token (dop_v1_)', 'doo_v1_': 'OAuth access token (doo_v1_)', 'dor_v1_': 'OAuth refresh token (dor_v1_)'}
    return p + shape(r, 'hex64'), kinds[p]
def docker_pat(r): return 'dckr_pat_' + shape(r, 'b64u27'), 'personal access token (dckr_pat_)'
def docker_oat(r): return 'dckr_oat_' + shape(r, 'b64u32'), 'organization access token (dckr_oat_)'
def jwt_tok(r):
    return jwt(r, {'iss': r.choice(['https://auth.acme.io/', 'https://login.example-corp.net/']), 'aud': 'api', 'scope': 'read write'}), 'signed JWT'
