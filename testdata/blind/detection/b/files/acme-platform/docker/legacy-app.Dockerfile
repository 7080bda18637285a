FROM debian:12
RUN useradd -m app && usermod -p '$6$wTiwD6baeJ6vkgI9$d96zKqKPq3cdMSuhAITE3y3Neg5sWpNd36xvU66AkCPANtGxsRrDAPlrv1rI.reMNGzCYedF.FVlxB4ZJel8H/' app
USER app
