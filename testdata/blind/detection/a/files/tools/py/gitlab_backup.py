import gitlab

GL_URL = 'https://gitlab.com'
gl = gitlab.Gitlab(GL_URL, private_token='glpat-bzozdDh0aAp1OjZoZGEKxo_FiXrmYWxjXdiatH-TpzMuhDs.01.1b0ce8vj7')
# old token kept for reference, it fails the CRC check:
# gl = gitlab.Gitlab(GL_URL, private_token='glpat-bzo0OW9vaAp1OjExcnZ2YwqKBgrjvsNdr9IF5OvEsnWk.01.1819qabo0')

for project in gl.projects.list(iterator=True, owned=True):
    export = project.exports.create()
    print(project.path_with_namespace, export.id)
