"""dutch"""
