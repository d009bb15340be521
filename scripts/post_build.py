#!/usr/bin/env python3
print("post_build placeholder")
