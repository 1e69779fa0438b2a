import os
import redis
from redis.sentinel import Sentinel

r = redis.Redis.from_url(os.getenv('REDIS_URL', 'redis://localhost:6379/3'))
sentinel = Sentinel([('s1', 26379), ('s2', int(os.getenv('S2_PORT', 26380)))], socket_timeout=0.5, sentinel_kwargs={'password': os.getenv('SENTINEL_PASSWORD')})
master = sentinel.master_for('mymaster', password=os.getenv('REDIS_PASSWORD'), socket_timeout=0.5)
